package uk.gov.worcester.housing.rules.common;

import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * One reason for a decision: a stable machine code ({@code DEPENDENT_CHILD}), a sentence a
 * caseworker can read to the applicant, and the statute or policy paragraph it rests on.
 * Reason texts describe the rule and the facts in general terms; they never repeat personal data
 * such as names or dates of birth, but they may state special category facts (domestic abuse, a
 * ground of vulnerability, pregnancy), so {@link #toString()} shows the code and citation only.
 */
@Value.Immutable
@HousingStyle
public abstract class Reason {
  @Value.Parameter
  public abstract String code();

  @Value.Parameter
  public abstract String text();

  @Value.Parameter
  public abstract Citation citation();

  @Value.Check
  protected void check() {
    boolean codeOk = ProblemCodes.isWellFormed(code());
    boolean textOk = !text().isBlank();
    if (!codeOk || !textOk) {
      Checks.start()
          .require(codeOk, "code", ProblemCodes.INVALID_FORMAT, "a reason code is UPPER_SNAKE_CASE")
          .require(textOk, "text", ProblemCodes.REQUIRED, "a reason has a text")
          .throwIfAny();
    }
  }

  public static Reason of(String code, String text, Citation citation) {
    return ImmutableReason.of(code, text, citation);
  }

  /**
   * The code and the citation only, {@code DEPENDENT_CHILDREN (HA 1996 s.189(1)(b))}: the text can
   * state special category facts (abuse, health, pregnancy) and is for the caseworker, through
   * {@link #text()}, never a log.
   */
  @Override
  public String toString() {
    return code() + " (" + citation() + ")";
  }
}
