package uk.gov.worcester.housing.rules.grants;

import uk.gov.worcester.housing.core.common.Money;

/**
 * The amount of an award: pound for pound against the valued match, never above the request,
 * the cap per project or what is left in the fund. Exact money throughout; where two limits are
 * equal the first in that order (request, cap, match, fund) is named.
 */
public final class AwardRule {
  private AwardRule() {}

  /**
   * The lowest of {@code requested}, {@code cap}, {@code matchEarns} and {@code fundLeft} (a
   * negative amount counts as nothing), with the limit that set it; nothing ({@link
   * AwardLimit#NO_TIER}) if the scheme has tiers and that amount falls in none of them.
   */
  public static Award calculate(Money requested, Money cap, Money matchEarns, Money fundLeft, GrantPolicy policy) {
    Money amount = requested;
    AwardLimit limit = AwardLimit.REQUEST;
    if (cap.isLessThan(amount)) {
      amount = cap;
      limit = AwardLimit.PROJECT_CAP;
    }
    if (matchEarns.isLessThan(amount)) {
      amount = matchEarns;
      limit = AwardLimit.MATCH;
    }
    if (fundLeft.isLessThan(amount)) {
      amount = fundLeft;
      limit = AwardLimit.FUND;
    }
    Money award = Money.max(amount, Money.ZERO);
    if (!policy.tiers().isEmpty() && award.isPositive() && policy.tierOf(award).isEmpty()) {
      return Award.builder().amount(Money.ZERO).limitedBy(AwardLimit.NO_TIER).build();
    }
    return Award.builder().amount(award).limitedBy(limit)
        .tier(policy.tierOf(award).map(GrantTier::code)).build();
  }

  /** No award, for an application that is not eligible. */
  public static Award none() {
    return Award.builder().amount(Money.ZERO).limitedBy(AwardLimit.NOT_ELIGIBLE).build();
  }
}
