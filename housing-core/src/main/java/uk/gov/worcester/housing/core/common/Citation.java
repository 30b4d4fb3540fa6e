package uk.gov.worcester.housing.core.common;

import java.util.Objects;

/**
 * Where a rule comes from, so a caseworker can look it up: an instrument ({@code "HA 1996"},
 * {@code "SI 2002/2051"}, {@code "Home Choice Plus policy v1.18"}) and a provision within it
 * ({@code "s.189(1)(b)"}, {@code "art.3"}, {@code "para 4.2"}).
 */
public final class Citation {
  private final String instrument;
  private final String provision;

  private Citation(String instrument, String provision) {
    this.instrument = requireText(instrument, "instrument");
    this.provision = requireText(provision, "provision");
  }

  /** A citation of {@code provision} in {@code instrument}. */
  public static Citation of(String instrument, String provision) {
    return new Citation(instrument, provision);
  }

  private static String requireText(String text, String what) {
    if (Objects.requireNonNull(text, what).isBlank()) {
      throw new IllegalArgumentException("a citation's " + what + " is not blank");
    }
    return text;
  }

  public String instrument() {
    return instrument;
  }

  public String provision() {
    return provision;
  }

  /** {@code "HA 1996 s.189(1)(b)"}. */
  public String text() {
    return instrument + " " + provision;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Citation
        && ((Citation) other).instrument.equals(instrument)
        && ((Citation) other).provision.equals(provision);
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
