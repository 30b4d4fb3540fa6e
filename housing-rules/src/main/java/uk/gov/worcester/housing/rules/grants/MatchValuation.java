package uk.gov.worcester.housing.rules.grants;

import java.math.BigDecimal;
import java.util.List;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.grants.MatchContribution;

/**
 * Values a group's match under a scheme's {@link MatchPolicy}: cash at its amount, volunteer time
 * and expertise at the rate for their skill level (rounded down to the penny), donations at the
 * value given where evidence is held. Lines of a kind the scheme does not count, and donations
 * without evidence where the scheme asks for it, are valued but do not count.
 */
public final class MatchValuation {
  private MatchValuation() {}

  /** Every line valued, and the totals. */
  public static ValuedMatch value(List<MatchContribution> match, MatchPolicy policy) {
    ImmutableValuedMatch.Builder out = ValuedMatch.builder();
    Money total = Money.ZERO;
    int volunteers = 0;
    BigDecimal hours = BigDecimal.ZERO.setScale(2);
    for (int i = 0; i < match.size(); i++) {
      MatchContribution c = match.get(i);
      Money value = valueOf(c, policy);
      String code = !policy.countedKinds().contains(c.kind()) ? "KIND_NOT_COUNTED"
          : c instanceof MatchContribution.Donation d && policy.donationsNeedEvidence() && d.evidence().isEmpty()
              ? "NO_EVIDENCE" : "COUNTED";
      boolean counted = code.equals("COUNTED");
      if (counted) {
        total = total.plus(value);
        if (c instanceof MatchContribution.VolunteerTime t) {
          volunteers += t.volunteers();
          hours = hours.add(t.hours());
        } else if (c instanceof MatchContribution.Expertise e) {
          hours = hours.add(e.hours());
        }
      }
      out.addLines(ValuedLine.builder().index(i).kind(c.kind()).value(value).counted(counted).code(code).build());
    }
    return out.total(total).grantItEarns(earned(total, policy)).volunteers(volunteers).volunteerHours(hours).build();
  }

  /** The value of one line at the scheme's rates. */
  static Money valueOf(MatchContribution c, MatchPolicy policy) {
    if (c instanceof MatchContribution.Cash cash) {
      return cash.amount();
    } else if (c instanceof MatchContribution.VolunteerTime t) {
      return policy.rateFor(t.skill()).valueOf(t.hours());
    } else if (c instanceof MatchContribution.Expertise e) {
      return policy.rateFor(e.skill()).valueOf(e.hours());
    }
    return ((MatchContribution.Donation) c).value();
  }

  /** The grant {@code match} earns at the scheme's ratio, rounded down to the penny. */
  static Money earned(Money match, MatchPolicy policy) {
    return Money.ofPence(Math.multiplyExact(match.pence(), (long) policy.grantPercentOfMatch()) / 100);
  }
}
