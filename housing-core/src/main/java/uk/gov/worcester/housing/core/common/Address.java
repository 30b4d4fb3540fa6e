package uk.gov.worcester.housing.core.common;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A postal address in the UK: one to four lines, the post town and the postcode, with the
 * property's UPRN when the council's gazetteer gives one. The lines identify a household, so
 * {@code toString()} shows only the town and a redacted postcode.
 */
@Value.Immutable
@HousingStyle
public abstract class Address {
  /** The most lines an address holds before the town. */
  public static final int MAX_LINES = 4;
  /** The longest line accepted. */
  public static final int MAX_LINE_LENGTH = 100;

  /** Street lines, first to last ("Flat 2", "12 High Street"). */
  @Value.Redacted
  public abstract List<String> lines();

  /** The post town ("Worcester"). */
  public abstract String town();

  public abstract Postcode postcode();

  /** The Unique Property Reference Number, up to 12 digits, if known. */
  @Value.Redacted
  public abstract Optional<String> uprn();

  @Value.Check
  protected void check() {
    problems(this).throwIfAny();
  }

  private static Checks problems(Address a) {
    Checks checks = Checks.start()
        .require(!a.lines().isEmpty() && a.lines().size() <= MAX_LINES, "lines", ProblemCodes.OUT_OF_RANGE,
            "an address has 1 to " + MAX_LINES + " lines before the town")
        .require(!a.town().isBlank() && a.town().length() <= MAX_LINE_LENGTH, "town",
            ProblemCodes.INVALID_FORMAT, "the town is 1 to " + MAX_LINE_LENGTH + " characters")
        .require(a.uprn().map(Address::isUprn).orElse(true), "uprn",
            ProblemCodes.INVALID_FORMAT, "a UPRN is 1 to 12 digits");
    for (int i = 0; i < a.lines().size(); i++) {
      String line = a.lines().get(i);
      if (line.isBlank() || line.length() > MAX_LINE_LENGTH) {
        checks.require(false, Path.of("lines").index(i), ProblemCodes.INVALID_FORMAT,
            "an address line is 1 to " + MAX_LINE_LENGTH + " characters");
      }
    }
    return checks;
  }

  /** 1 to 12 ASCII digits, checked by a loop rather than a regular expression compiled per call. */
  private static boolean isUprn(String text) {
    if (text.isEmpty() || text.length() > 12) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) < '0' || text.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** A builder; {@code build()} throws {@link InvalidValueException} on bad values. */
  public static ImmutableAddress.Builder builder() {
    return ImmutableAddress.builder();
  }

  /** Builds from untrusted values, returning every problem instead of throwing. */
  public static Validation<Seq<Problem>, Address> validate(ImmutableAddress.Builder builder) {
    return Validated.build(builder::build);
  }
}
