package uk.gov.worcester.housing.rules.grants;

/** Problem codes for grant events and ledgers the schemes do not allow. Part of the public contract. */
public final class GrantProblems {
  /** Events are not in date order, or come before the application was received. */
  public static final String OUT_OF_ORDER = "OUT_OF_ORDER";
  /** The event is not allowed in the grant's state (a payment before an award, a second decision). */
  public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";
  /** An award to an application the scheme's rules find not eligible. */
  public static final String NOT_ELIGIBLE = "NOT_ELIGIBLE";
  /** An award above what the rules allow: the request, the cap or the valued match. */
  public static final String ABOVE_ENTITLEMENT = "ABOVE_ENTITLEMENT";
  /** A payment or underspend above what of the award is still unpaid. */
  public static final String EXCEEDS_UNPAID = "EXCEEDS_UNPAID";
  /** A clawback above what has been paid and not yet recovered. */
  public static final String EXCEEDS_PAID = "EXCEEDS_PAID";
  /** An award larger than what is left in the fund. */
  public static final String FUND_EXCEEDED = "FUND_EXCEEDED";
  /** Scores name a criterion the round does not publish. */
  public static final String UNKNOWN_CRITERION = "UNKNOWN_CRITERION";
  /** A criterion is given more points than it can give. */
  public static final String ABOVE_MAXIMUM = "ABOVE_MAXIMUM";
  /** A published criterion has no score. */
  public static final String NOT_SCORED = "NOT_SCORED";
  /** An award in a scored round to a bid below the pass mark, or not yet scored. */
  public static final String BELOW_PASS_MARK = "BELOW_PASS_MARK";
  /** A grant of another scheme, or a round's bid scored under a scheme without criteria. */
  public static final String WRONG_SCHEME = "WRONG_SCHEME";
  /** The application names a round no version of the policy has. */
  public static final String UNKNOWN_ROUND = "UNKNOWN_ROUND";

  private GrantProblems() {}
}
