package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a rule comes from, so a caseworker can look it up: an instrument ({@code "HA 1996"},
 * {@code "SI 2002/2051"}, {@code "Home Choice Plus policy v1.18"}), a provision within it
 * ({@code "s.189(1)(b)"}, {@code "art.3"}, {@code "para 4.2"}), and a stable link to open it where
 * one exists.
 *
 * <p>The link of legislation and of the Homelessness Code of Guidance is derived from the
 * instrument and provision ({@code HA 1996 s.189(1)(b)} opens
 * {@code https://www.legislation.gov.uk/ukpga/1996/52/section/189}); the instruments and provision
 * forms known are listed in one table, {@link CitationLinks}. Where no stable
 * address is known there is no link rather than a guessed one. A document this library cannot
 * know, such as a council's own policy, is given its link with {@link #of(String, String, URI)}.
 */
public final class Citation {
  private final String instrument;
  private final String provision;
  private final Optional<URI> explicitLink;
  /** The derived link, worked out on first use: rules make many citations and read few links. */
  private Optional<URI> derivedLink;

  private Citation(String instrument, String provision, Optional<URI> explicitLink) {
    this.instrument = instrument;
    this.provision = provision;
    this.explicitLink = explicitLink;
  }

  /**
   * A citation of {@code provision} in {@code instrument}, linked where its address is known;
   * throws {@link InvalidValueException} if either is blank or over 200 characters.
   */
  public static Citation of(String instrument, String provision) {
    if (isText(instrument) && isText(provision)) {
      return new Citation(instrument, provision, Optional.empty());
    }
    return Validated.orThrow(validate(instrument, provision, Optional.empty()));
  }

  /**
   * A citation with its own link, for a document whose address this library cannot derive (a
   * policy's paragraph, say); throws {@link InvalidValueException} unless the link is an absolute
   * {@code https} or {@code http} address and the texts are as for {@link #of(String, String)}.
   */
  public static Citation of(String instrument, String provision, URI link) {
    Objects.requireNonNull(link, "link");
    Citation c = Validated.orThrow(validate(instrument, provision, Optional.empty()));
    Validated.orThrow(Checks.start().require(isWebAddress(link), "link", ProblemCodes.INVALID_FORMAT,
        "a citation's link is an absolute http or https address").orElse(link));
    return new Citation(c.instrument, c.provision, Optional.of(link));
  }

  /**
   * A citation from untrusted values: problems at {@code instrument} and {@code provision} (blank,
   * or over 200 characters) and at {@code link} (not an absolute web address).
   */
  public static Validation<Seq<Problem>, Citation> validate(String instrument, String provision,
      Optional<String> link) {
    Objects.requireNonNull(link, "link");
    Optional<URI> uri = link.flatMap(Citation::parseWebAddress);
    return Checks.start()
        .require(isText(instrument), "instrument", ProblemCodes.INVALID_FORMAT,
            "a citation's instrument is 1 to 200 characters")
        .require(isText(provision), "provision", ProblemCodes.INVALID_FORMAT,
            "a citation's provision is 1 to 200 characters")
        .require(link.isEmpty() || uri.isPresent(), "link", ProblemCodes.INVALID_FORMAT,
            "a citation's link is an absolute http or https address")
        .orElse(isText(instrument) && isText(provision) && (link.isEmpty() || uri.isPresent())
            ? new Citation(instrument, provision, uri) : null);
  }

  private static boolean isText(String text) {
    return text != null && !text.isBlank() && text.length() <= 200;
  }

  private static Optional<URI> parseWebAddress(String text) {
    try {
      URI uri = new URI(text);
      return isWebAddress(uri) ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  private static boolean isWebAddress(URI link) {
    String scheme = link.getScheme() == null ? "" : link.getScheme().toLowerCase(Locale.ROOT);
    return link.isAbsolute() && (scheme.equals("https") || scheme.equals("http")) && link.getHost() != null;
  }

  public String instrument() {
    return instrument;
  }

  public String provision() {
    return provision;
  }

  /**
   * A stable address of the provision (or, for guidance, of the chapter holding it), where one
   * is known: the link given, else the one derived from the instrument and provision.
   */
  public Optional<URI> link() {
    if (explicitLink.isPresent()) {
      return explicitLink;
    }
    Optional<URI> derived = derivedLink;
    if (derived == null) {
      derived = CitationLinks.linkFor(instrument, provision);
      derivedLink = derived;
    }
    return derived;
  }

  /** {@code "HA 1996 s.189(1)(b)"}. */
  public String text() {
    return instrument + " " + provision;
  }

  /**
   * Citations are the same when their instrument, provision and link are (a derived link is
   * worked out only when one of the two was given its link).
   */
  @Override
  public boolean equals(Object other) {
    if (!(other instanceof Citation)) {
      return false;
    }
    Citation that = (Citation) other;
    return that.instrument.equals(instrument)
        && that.provision.equals(provision)
        && (that.explicitLink.equals(explicitLink) || that.link().equals(link()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(instrument, provision);
  }

  @Override
  public String toString() {
    return text();
  }
}
