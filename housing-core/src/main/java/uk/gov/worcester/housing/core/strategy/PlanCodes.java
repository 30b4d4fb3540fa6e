package uk.gov.worcester.housing.core.strategy;

import java.util.Optional;
import java.util.regex.Pattern;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The codes a plan gives its priorities, outcomes, principles, partners, actions and indicators
 * ({@code P1}, {@code HPP-A03}, {@code IND-PREVENTED}): 1 to 32 capital letters, digits, '.', '_'
 * or '-', starting with a letter or digit; and the limits on the texts a plan holds.
 */
public final class PlanCodes {
  /** The form of a code, as a regular expression. */
  public static final String PATTERN = "^[A-Z0-9][A-Z0-9._-]{0,31}$";
  /** The longest title. */
  public static final int MAX_TITLE = 300;
  /** The longest summary, comment or note. */
  public static final int MAX_TEXT = 2000;

  private static final Pattern CODE = Pattern.compile(PATTERN);

  /**
   * The form of a figure's part code, as a regular expression: 1 to 64 capital letters, digits,
   * '.', '_', '-' or '/', starting with a letter or digit ({@code SOCIAL_RENT/PUBLIC_LAND}, {@code
   * PLACE_NOT_DESIGNED_FOR_HABITATION}).
   */
  public static final String PART_PATTERN = "^[A-Z0-9][A-Z0-9._/-]{0,63}$";

  private static final Pattern PART = Pattern.compile(PART_PATTERN);

  /** True if {@code code} has the form of a figure's part code. */
  public static boolean isPart(String code) {
    return code != null && PART.matcher(code).matches();
  }

  private PlanCodes() {}

  /** True if {@code code} has the form of a plan code. */
  public static boolean isCode(String code) {
    return code != null && CODE.matcher(code).matches();
  }

  static void code(Checks checks, String field, String code) {
    checks.require(isCode(code), field, ProblemCodes.INVALID_FORMAT,
        "a code is 1 to 32 capital letters, digits, '.', '_' or '-'");
  }

  static void text(Checks checks, String field, String text, int max) {
    checks.require(!text.isBlank() && text.length() <= max, field, ProblemCodes.INVALID_FORMAT,
        "is 1 to " + max + " characters, not blank");
  }

  static void optionalText(Checks checks, String field, Optional<String> text, int max) {
    text.ifPresent(t -> text(checks, field, t, max));
  }
}
