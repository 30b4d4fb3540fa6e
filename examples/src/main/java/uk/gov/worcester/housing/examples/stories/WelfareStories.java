package uk.gov.worcester.housing.examples.stories;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.welfare.ApplicationId;
import uk.gov.worcester.housing.core.welfare.AwardLine;
import uk.gov.worcester.housing.core.welfare.DwasApplication;
import uk.gov.worcester.housing.core.welfare.DwasRecord;
import uk.gov.worcester.housing.core.welfare.Fulfilment;
import uk.gov.worcester.housing.core.welfare.FulfilmentKind;
import uk.gov.worcester.housing.core.welfare.ItemRequest;
import uk.gov.worcester.housing.core.welfare.OfficerId;
import uk.gov.worcester.housing.core.welfare.Referral;
import uk.gov.worcester.housing.core.welfare.Review;
import uk.gov.worcester.housing.core.welfare.ReviewResult;
import uk.gov.worcester.housing.core.welfare.WelfareRecords;
import uk.gov.worcester.housing.core.welfare.WelfareRequest;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.rules.welfare.DhpDecision;
import uk.gov.worcester.housing.rules.welfare.DhpPolicy;
import uk.gov.worcester.housing.rules.welfare.DhpScheme;
import uk.gov.worcester.housing.rules.welfare.DwasDecision;
import uk.gov.worcester.housing.rules.welfare.DwasPolicy;
import uk.gov.worcester.housing.rules.welfare.DwasScheme;
import uk.gov.worcester.housing.rules.welfare.WelfareReport;

/**
 * The welfare stories: a family in crisis referred by a support worker, through vouchers, the
 * rolling limit and a review; a Discretionary Housing Payment for a shortfall; and the year's
 * report.
 */
public final class WelfareStories {
  private WelfareStories() {}

  /** The welfare stories, told on the bundled samples. */
  public static List<Story> all(HousingJson json) {
    return List.of(
        Story.of("A family in crisis referred by a support worker: vouchers, the rolling limit and a review",
            out -> familyInCrisis(json, out)),
        Story.of("A Discretionary Housing Payment: the LHA shortfall paid, council tax never", out -> dhp(json, out)),
        Story.of("The welfare report: awards by strand, item, ward and month, and spend against the fund",
            out -> report(json, out)));
  }

  private static void reasons(PrintWriter out, List<Reason> reasons) {
    for (Reason r : reasons) {
      out.println("    " + r.code() + ": " + r.text() + " (" + r.citation().text() + ")");
    }
  }

  private static void awards(PrintWriter out, DwasDecision d) {
    out.println("  " + d.decision().outcome() + " under " + d.decision().appliedVersion() + ", total " + d.total());
    for (AwardLine a : d.awards()) {
      out.println("    " + a.item() + " as " + a.form() + ": " + a.value());
    }
  }

  private static DwasApplication again(DwasApplication first, String id, LocalDate on) {
    Referral r = first.referral().orElseThrow();
    return DwasApplication.builder().from(first).id(ApplicationId.of(id)).receivedOn(on)
        .referral(Referral.builder().from(r).referredOn(on).build())
        .requests(List.of(ItemRequest.foodVoucher())).build();
  }

  private static void familyInCrisis(HousingJson json, PrintWriter out) {
    WelfareRequest.Dwas request = (WelfareRequest.Dwas) Validated.orThrow(
        json.read(Samples.text("welfare-family-in-crisis.json"), WelfareRequest.class));
    DwasScheme scheme = DwasScheme.worcester();
    DwasApplication first = request.application();
    LocalDate day = first.receivedOn();
    out.println("A family support worker refers the Morgans (four people, Universal Credit cut by an advance "
        + "repayment) for food and energy on " + day + ".");
    DwasDecision d = Validated.orThrow(scheme.decide(request.record(), first, request.officer(), day));
    awards(out, d);
    reasons(out, d.decision().reasons());
    DwasRecord record = Validated.orThrow(scheme.fulfil(d.record(), first.id(),
        new Fulfilment(0, FulfilmentKind.VOUCHER_ISSUED, day)));
    record = Validated.orThrow(scheme.fulfil(record, first.id(), new Fulfilment(1, FulfilmentKind.VOUCHER_ISSUED, day)));
    out.println("  Both vouchers issued the same day: fulfilled = " + record.entry(first.id()).orElseThrow().fulfilled());
    LocalDate later = day;
    for (int i = 2; i <= 4; i++) {
      later = later.plusDays(45);
      DwasDecision next = Validated.orThrow(scheme.decide(record, again(first, "DWAS-2024-010" + (i + 1), later),
          request.officer(), later));
      record = next.record();
      out.println("Referral " + i + " on " + later + " for a food voucher: " + next.decision().outcome());
      if (next.decision().outcome() == uk.gov.worcester.housing.core.welfare.WelfareOutcome.REFUSED) {
        reasons(out, next.decision().reasons().subList(0, 1));
        ApplicationId refused = next.entry().id();
        record = Validated.orThrow(scheme.requestReview(record, refused, Review.requested(later.plusDays(10),
            OfficerId.of("O-7"))));
        record = Validated.orThrow(scheme.decideReview(record, refused, later.plusDays(17), ReviewResult.UPHELD));
        out.println("  The family asks for a review; another officer upholds the refusal: three food vouchers in "
            + "any 12 months is the scheme's limit.");
        out.println("  The same officer may not review their own decision: "
            + scheme.requestReview(next.record(), refused, Review.requested(later.plusDays(3), request.officer()))
                .getError().head().code());
      }
    }
  }

  private static void dhp(HousingJson json, PrintWriter out) {
    WelfareRequest.Dhp request = (WelfareRequest.Dhp) Validated.orThrow(
        json.read(Samples.text("welfare-dhp-claim.json"), WelfareRequest.class));
    out.println("A tenant on Universal Credit asks for help with the gap between rent and the Local Housing "
        + "Allowance for 13 weeks, and with council tax.");
    DhpDecision d = Validated.orThrow(DhpScheme.worcester().decide(request.record(), request.application(),
        request.officer(), request.application().receivedOn()));
    out.println("  " + d.decision().outcome() + ": " + d.entry().amount());
    reasons(out, d.decision().reasons());
  }

  private static void report(HousingJson json, PrintWriter out) {
    WelfareRecords records = Validated.orThrow(json.read(Samples.text("welfare-records-2024.json"),
        WelfareRecords.class));
    WelfareReport r = WelfareReport.of(records.dwas(), records.dhp(),
        DateRange.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31)),
        DwasPolicy.WORCESTER_TIMELINE, DhpPolicy.WORCESTER_TIMELINE);
    out.println("2024/25: " + r.applications() + " DWAS applications, " + r.awarded() + " awarded, " + r.refused()
        + " refused; " + r.repeatHouseholds() + " household(s) applied more than once.");
    for (Map.Entry<String, WelfareReport.Tally> e : r.byItem().entrySet()) {
      out.println("  " + e.getKey() + ": " + e.getValue().count() + " worth " + e.getValue().value());
    }
    for (Map.Entry<String, WelfareReport.Tally> e : r.byWard().entrySet()) {
      out.println("  ward " + e.getKey() + ": " + e.getValue().count() + " worth " + e.getValue().value());
    }
    for (WelfareReport.FundUse f : r.funds()) {
      out.println("  fund " + f.period() + ": " + f.spent() + " of " + f.budget() + " spent, " + f.remaining() + " left");
    }
    out.println("  DHP: " + r.dhpAwards().count() + " award(s) worth " + r.dhpAwards().value());
  }
}
