package uk.gov.worcester.housing.examples.stories;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.grants.GrantsDecisionsJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reason;
import uk.gov.worcester.housing.rules.grants.CriterionPoints;
import uk.gov.worcester.housing.rules.grants.FundLedger;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantPolicy;
import uk.gov.worcester.housing.rules.grants.GrantStatus;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.rules.grants.LedgerEntry;
import uk.gov.worcester.housing.rules.grants.MonitoringTotals;
import uk.gov.worcester.housing.rules.grants.RankedBid;
import uk.gov.worcester.housing.rules.grants.RoundRanking;
import uk.gov.worcester.housing.rules.grants.ValuedLine;

/**
 * The community grants stories: a residents' group in Gorse Hill matching its Our Happy Place
 * grant with volunteer time, the Our Happy Place fund as a ledger with a project not delivered,
 * and a general round scored against City Plan themes and published under the Transparency Code.
 */
public final class GrantsStories {
  private GrantsStories() {}

  private static final GrantWorkflow FLOW = GrantWorkflow.worcester();

  /** The stories, told on the bundled samples. */
  public static List<Story> all(HousingJson json) {
    return List.of(
        Story.of("A residents' group in Gorse Hill matches its Our Happy Place grant with volunteer time",
            out -> gorseHill(json, out)),
        Story.of("The Our Happy Place fund as a ledger: a project not delivered, money clawed back, a return overdue",
            out -> ourHappyPlaceFund(json, out)),
        Story.of("A general round: bids scored against City Plan themes, ranked, decided and published as CSV",
            out -> round(json, out)));
  }


  private static List<Grant> grants(HousingJson json, String sample) {
    return Validated.orThrow(json.read(Samples.text(sample), Codecs.list(GrantsDecisionsJson.GRANT)));
  }

  private static void reasons(PrintWriter out, String label, Object outcome, Decision<?> d) {
    out.println("  " + label + ": " + outcome);
    for (Reason r : d.reasons()) {
      out.println("      because " + r.text() + " [" + r.citation() + "]");
    }
  }

  private static void gorseHill(HousingJson json, PrintWriter out) {
    Grant garden = Validated.orThrow(json.read(Samples.text("grants-record-gorse-hill-garden.json"), Grant.class));
    LocalDate decided = LocalDate.of(2016, 10, 20);
    GrantsReports.AssessedGrant a = Validated.orThrow(GrantsReports.assess(FLOW, garden.record(), true, List.of(garden),
        decided, Optional.empty()));
    out.println("The Gorse Hill Residents' Group asks Our Happy Place for " + garden.application().requested()
        + " for a community garden, offering 12 volunteers for 150 hours.");
    reasons(out, "Eligible?", a.assessment().eligibility().outcome(), a.assessment().eligibility());
    for (ValuedLine line : a.assessment().match().outcome().lines()) {
      out.println("  Match line " + line.index() + ": " + line.kind() + " valued at " + line.value() + " ("
          + line.code() + ")");
    }
    reasons(out, "Match", a.assessment().match().outcome().total(), a.assessment().match());
    reasons(out, "Award", a.assessment().award().outcome().amount() + " (limited by "
        + a.assessment().award().outcome().limitedBy() + ")", a.assessment().award());
    GrantStatus before = FLOW.statusOn(garden, LocalDate.of(2017, 7, 1));
    out.println("  On 1 July 2017: " + before.stage() + ", paid " + before.paid() + ", monitoring return due "
        + before.monitoringDueOn().map(Object::toString).orElse("-"));
    GrantStatus after = FLOW.statusOn(garden, LocalDate.of(2017, 8, 1));
    out.println("  On 1 August 2017: " + after.stage() + "; the return counts " + after.monitoring().get().volunteers()
        + " volunteers, " + after.monitoring().get().volunteerHours() + " hours and "
        + after.monitoring().get().peopleBenefitted() + " people who benefitted.");
  }

  private static void ourHappyPlaceFund(HousingJson json, PrintWriter out) {
    List<Grant> grants = grants(json, "grants-records-our-happy-place-2016.json");
    LocalDate asAt = LocalDate.of(2017, 12, 31);
    FundLedger ledger = Validated.orThrow(FundLedger.build(GrantPolicy.OUR_HAPPY_PLACE_2016, grants, asAt));
    out.println("Our Happy Place 2016-17: a fund of " + ledger.pot() + ", as at " + asAt + ":");
    for (LedgerEntry e : ledger.entries()) {
      out.println("  " + e.on() + "  " + e.grant() + "  " + e.kind() + " " + e.amount() + "  (left to award: "
          + e.available() + ")");
    }
    out.println("  Committed " + ledger.committed() + ", paid " + ledger.paid() + ", clawed back "
        + ledger.clawedBack() + "; outstanding " + ledger.outstanding() + ", left " + ledger.available()
        + ". The pot is " + ledger.available().plus(ledger.outstanding()).plus(ledger.netSpent())
        + " = left + outstanding + spent.");
    for (Grant g : grants) {
      GrantStatus s = FLOW.statusOn(g, asAt);
      if (!s.flags().isEmpty()) {
        out.println("  To act on: " + s.reference() + " " + s.flags() + " (return due "
            + s.monitoringDueOn().map(Object::toString).orElse("-") + ")");
      }
    }
    MonitoringTotals t = GrantsReports.monitor(FLOW, grants, FinancialYear.starting(2016), asAt).get().report().total();
    out.println("  2016/17: " + t.grants() + " grants made, " + t.awarded() + " awarded against " + t.matchValue()
        + " of match; " + t.volunteers() + " volunteers gave " + t.volunteerHours() + " hours; "
        + t.peopleBenefitted() + " people benefitted (" + t.returnsReceived() + " returns in).");
  }

  private static void round(HousingJson json, PrintWriter out) {
    List<Grant> bids = grants(json, "grants-records-round-2024-25.json");
    GrantPolicy round = GrantPolicy.COMMUNITY_GRANTS_2024_25;
    out.println("The 2024/25 round: " + bids.size() + " bids, a fund of " + round.pot() + ", pass mark "
        + round.passMark() + " of " + round.maximumScore() + ".");
    for (RankedBid b : RoundRanking.rank(bids, round, LocalDate.of(2023, 12, 1)).get()) {
      out.println("  " + b.rank() + ". " + b.reference() + ": " + b.score().map(s -> s.total() + " of "
          + s.maximum()).orElse("not scored"));
      b.score().ifPresent(s -> {
        StringBuilder line = new StringBuilder("      ");
        for (CriterionPoints c : s.criteria()) {
          line.append(c.criterion()).append(' ').append(c.points()).append('/').append(c.maxPoints()).append("  ");
        }
        out.println(line.toString().stripTrailing());
      });
      b.recommendation().reasons().forEach(r -> out.println("      " + r.code() + ": " + r.text()));
    }
    out.println("  After the committee, the Transparency Code register (CSV):");
    GrantsReports.publicationCsv(FLOW, bids, LocalDate.of(2024, 3, 31)).lines().forEach(l -> out.println("    " + l));
  }
}
