package uk.gov.worcester.housing.rules.welfare;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.DhpRecord;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.Strand;
import uk.gov.worcester.housing.testkit.welfare.WelfareSamples;

/** The welfare report: awards by strand, item, ward and month; spend against funds; repeats. */
class WelfareReportTest {
  static final OfficerId OFFICER = OfficerId.of("O-1");

  @Test
  void awardsByStrandItemWardAndMonthSpendAgainstBudgetAndRepeatApplications() {
    LocalDate day = LocalDate.of(2024, 6, 3);
    DwasScheme scheme = DwasScheme.worcester();
    DwasRecord r = WelfareSamples.emptyRecord();
    r = scheme.decide(r, WelfareSamples.familyInCrisis("A-1", day), OFFICER, day).get().record();
    r = scheme.decide(r, WelfareSamples.plannedMove("A-2", day), OFFICER, day).get().record();
    r = scheme.decide(r, WelfareSamples.directApplication("A-3", day.plusDays(40)), OFFICER, day.plusDays(40)).get().record();
    DhpRecord dhp = DhpScheme.worcester().decide(DhpRecord.empty(), WelfareSamples.dhpClaim("D-1", day), OFFICER, day)
        .get().record();
    WelfareReport report = WelfareReport.of(r, dhp, DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
        DwasPolicy.WORCESTER_TIMELINE, DhpPolicy.WORCESTER_TIMELINE);
    assertEquals(3, report.applications());
    assertEquals(2, report.awarded());
    assertEquals(1, report.refused());
    assertEquals(new WelfareReport.Tally(2, Money.of("99.00")), report.byStrand().get(Strand.CRISIS));
    assertEquals(new WelfareReport.Tally(3, Money.of("850.00")), report.byStrand().get(Strand.RESETTLEMENT));
    assertEquals(new WelfareReport.Tally(1, Money.of("350.00")), report.byItem().get("COOKER"));
    assertEquals(new WelfareReport.Tally(1, Money.of("50.00")), report.byItem().get("FOOD_VOUCHER"));
    assertEquals(new WelfareReport.Tally(3, Money.of("850.00")), report.byWard().get("ST_JOHN"));
    assertEquals(new WelfareReport.Tally(5, Money.of("949.00")), report.byMonth().get(YearMonth.of(2024, 6)));
    assertEquals(1, report.refusals().get(DwasScheme.DIRECT_APPLICATION));
    assertEquals(1, report.funds().size());
    assertEquals(Money.of("949.00"), report.funds().get(0).spent());
    assertEquals(Money.of("49051.00"), report.funds().get(0).remaining());
    assertEquals(1, report.repeatHouseholds(), "the Morgans applied twice");
    assertEquals(1, report.repeatApplications());
    assertEquals(new WelfareReport.Tally(1, Money.of("390.00")), report.dhpAwards());
    assertEquals(Money.of("390.00"), report.dhpPots().get(0).spent());
  }
}
