package uk.gov.worcester.housing.rules.grants;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.gov.worcester.housing.core.common.FinancialYear;

/**
 * Adds grants up for monitoring. A grant counts in the financial year it was awarded, if it is a
 * grant made as at the date (awarded, not withdrawn, not wholly given back or recovered); its
 * amount is the award net of what went back; its match is the match that counts as valued under
 * its policy; its volunteers, volunteer hours and people who benefitted come from its monitoring
 * return, once received.
 *
 * <p>The number of grants, volunteers and people benefitted are the measures the Community
 * Partnership Officer monitors (confirmed: /work/shared/seeds/service-areas.txt); volunteer hours
 * are reported too, unconfirmed as a measure the council asks for.
 *
 * <p>A year not yet over on the as-at date is a part year: its totals so far are compared with
 * the whole of the year before, which is not like for like (take the as-at date after the year's
 * end, or compare the same dates by hand, for a fair comparison).
 */
public final class GrantMonitoring {
  private GrantMonitoring() {}

  /** One grant's contribution to the totals as at {@code asAt}: nothing if it is not a grant made. */
  public static MonitoringTotals figures(Grant grant, GrantStatus status) {
    if (!status.isGrantMade()) {
      return MonitoringTotals.NONE;
    }
    ValuedMatch match = MatchValuation.value(grant.application().match(), grant.policy().match());
    var b = MonitoringTotals.builder().grants(1).awarded(status.netAward()).matchValue(match.total());
    if (status.monitoring().isPresent()) {
      var m = status.monitoring().get();
      return b.volunteers(m.volunteers()).volunteerHours(m.volunteerHours()).peopleBenefitted(m.peopleBenefitted())
          .returnsReceived(1).build();
    }
    return b.volunteers(0).volunteerHours(BigDecimal.ZERO.setScale(2)).peopleBenefitted(0).returnsReceived(0).build();
  }

  /** The report for {@code year} as at {@code asAt}, compared with the year before. */
  public static MonitoringReport report(List<Grant> grants, FinancialYear year, LocalDate asAt, GrantWorkflow flow) {
    MonitoringTotals total = MonitoringTotals.NONE;
    MonitoringTotals previous = MonitoringTotals.NONE;
    Map<String, MonitoringTotals> byWard = new TreeMap<>();
    Map<String, MonitoringTotals> byRound = new TreeMap<>();
    for (Grant g : grants) {
      GrantStatus status = flow.statusOn(g, asAt);
      if (status.awardedOn().isEmpty() || !status.isGrantMade()) {
        continue;
      }
      MonitoringTotals f = figures(g, status);
      FinancialYear awardedIn = FinancialYear.containing(status.awardedOn().get());
      if (awardedIn.equals(year)) {
        total = total.plus(f);
        byWard.merge(g.application().project().mainWard().code(), f, MonitoringTotals::plus);
        byRound.merge(g.policy().version(), f, MonitoringTotals::plus);
      } else if (year.startYear() > 1900 && awardedIn.equals(year.previous())) {
        previous = previous.plus(f);
      }
    }
    return MonitoringReport.builder().year(year).asAt(asAt).total(total).byWard(byWard).byRound(byRound)
        .previousYear(previous).build();
  }
}
