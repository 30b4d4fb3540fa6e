package uk.gov.worcester.housing.core.common;

/**
 * The stable problem codes shared by every domain. A code is part of the public contract: client
 * systems switch on it, so a code is never renamed. Domains add their own codes beside their
 * types.
 */
public final class ProblemCodes {
  /** A required value is missing. */
  public static final String REQUIRED = "REQUIRED";
  /** A value does not have the expected form (a postcode, a date, an amount). */
  public static final String INVALID_FORMAT = "INVALID_FORMAT";
  /** A value lies outside the range the rule allows. */
  public static final String OUT_OF_RANGE = "OUT_OF_RANGE";
  /** A value that must be unique appears more than once. */
  public static final String DUPLICATE = "DUPLICATE";
  /** A value refers to something that is not there (an unknown member id). */
  public static final String UNKNOWN_REFERENCE = "UNKNOWN_REFERENCE";
  /** Values contradict each other. */
  public static final String INCONSISTENT = "INCONSISTENT";
  /** A date lies in the future as at the date the facts were recorded. */
  public static final String FUTURE_DATE = "FUTURE_DATE";
  /** A code is not one of the allowed codes. */
  public static final String UNKNOWN_CODE = "UNKNOWN_CODE";
  /** A value is not allowed by the rule or law in force. */
  public static final String NOT_ALLOWED = "NOT_ALLOWED";
  /** A text is longer than allowed. */
  public static final String TOO_LONG = "TOO_LONG";
  /** A list has more items than allowed. */
  public static final String TOO_MANY = "TOO_MANY";
  /** A value its type cannot hold, refused by the type's own factory. */
  public static final String INVALID_VALUE = "INVALID_VALUE";
  /** More problems were found than are listed; this one counts the rest (see {@link Problems}). */
  public static final String MORE_PROBLEMS = Problems.MORE_PROBLEMS;

  private ProblemCodes() {}

  /**
   * True for a well-formed code: an upper-case letter, then upper-case letters, digits and
   * underscores. A character loop rather than a regular expression, as every reason and problem
   * checks its code.
   */
  public static boolean isWellFormed(String code) {
    if (code.isEmpty() || code.charAt(0) < 'A' || code.charAt(0) > 'Z') {
      return false;
    }
    for (int i = 1; i < code.length(); i++) {
      char c = code.charAt(i);
      if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
        return false;
      }
    }
    return true;
  }
}
