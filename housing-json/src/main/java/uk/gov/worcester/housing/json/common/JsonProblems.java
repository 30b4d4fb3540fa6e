package uk.gov.worcester.housing.json.common;

/**
 * Problem codes for reading JSON, beside the shared codes in
 * {@link uk.gov.worcester.housing.core.common.ProblemCodes}. Part of the JSON contract.
 */
public final class JsonProblems {
  /** The text is not well-formed JSON. */
  public static final String MALFORMED_JSON = "MALFORMED_JSON";
  /** A value has the wrong JSON type (a number where text is expected, say). */
  public static final String WRONG_TYPE = "WRONG_TYPE";
  /** An object has a field the contract does not define. */
  public static final String UNKNOWN_FIELD = "UNKNOWN_FIELD";
  /** An object has the same field twice. */
  public static final String DUPLICATE_FIELD = "DUPLICATE_FIELD";
  /** The document nests deeper than allowed. */
  public static final String TOO_DEEP = "TOO_DEEP";
  /** The document, or a number in it, is larger than allowed. */
  public static final String TOO_LARGE = "TOO_LARGE";

  private JsonProblems() {}
}
