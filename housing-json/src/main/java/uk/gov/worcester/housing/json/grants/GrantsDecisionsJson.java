package uk.gov.worcester.housing.json.grants;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.grants.GrantRecord;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.grants.Award;
import uk.gov.worcester.housing.rules.grants.AwardLimit;
import uk.gov.worcester.housing.rules.grants.BidScore;
import uk.gov.worcester.housing.rules.grants.CriterionPoints;
import uk.gov.worcester.housing.rules.grants.Eligibility;
import uk.gov.worcester.housing.rules.grants.FundLedger;
import uk.gov.worcester.housing.rules.grants.Grant;
import uk.gov.worcester.housing.rules.grants.GrantAssessment;
import uk.gov.worcester.housing.rules.grants.GrantFlag;
import uk.gov.worcester.housing.rules.grants.GrantStage;
import uk.gov.worcester.housing.rules.grants.GrantStatus;
import uk.gov.worcester.housing.rules.grants.GrantWorkflow;
import uk.gov.worcester.housing.rules.grants.ImmutableBidScore;
import uk.gov.worcester.housing.rules.grants.ImmutableFundLedger;
import uk.gov.worcester.housing.rules.grants.LedgerEntry;
import uk.gov.worcester.housing.rules.grants.LedgerEntryKind;
import uk.gov.worcester.housing.rules.grants.MonitoringReport;
import uk.gov.worcester.housing.rules.grants.MonitoringTotals;
import uk.gov.worcester.housing.rules.grants.RankedBid;
import uk.gov.worcester.housing.rules.grants.ValuedLine;
import uk.gov.worcester.housing.rules.grants.ValuedMatch;

/**
 * The JSON of the grants decisions and reports: an assessment (eligibility, valued match and
 * award, each a decision with reasons), a grant's status as at a date, a fund's ledger, a round's
 * ranking with each criterion's points shown, and the monitoring report. A {@link Grant} is
 * written as its record and read by replaying it through the Worcester workflow.
 */
public final class GrantsDecisionsJson {
  private GrantsDecisionsJson() {}

  public static final EnumCodec<Eligibility> ELIGIBILITY = EnumCodec.of(Eligibility.class, v -> switch (v) {
    case ELIGIBLE -> "Every eligibility rule of the scheme is met.";
    case NOT_ELIGIBLE -> "At least one eligibility rule is not met; the reasons say which.";
  });

  public static final EnumCodec<AwardLimit> AWARD_LIMIT = EnumCodec.of(AwardLimit.class, v -> switch (v) {
    case REQUEST -> "The award is the amount asked for.";
    case PROJECT_CAP -> "The award is the scheme's cap per project.";
    case MATCH -> "The award is what the valued match earns, pound for pound.";
    case FUND -> "The award is what is left in the fund.";
    case NOT_ELIGIBLE -> "No award: the application is not eligible.";
    case NO_TIER -> "No award: the amount the other limits allow falls in none of the scheme's tiers.";
  });

  public static final EnumCodec<GrantStage> STAGE = EnumCodec.of(GrantStage.class, v -> switch (v) {
    case RECEIVED -> "Received; no decision yet.";
    case SCORED -> "Scored by officers; no decision yet.";
    case AWARDED -> "Awarded; the monitoring return is not in yet.";
    case COMPLETED -> "Awarded, and the monitoring return received.";
    case REFUSED -> "Refused.";
    case WITHDRAWN -> "Withdrawn, or the award given back, before any payment.";
  });

  public static final EnumCodec<GrantFlag> FLAG = EnumCodec.of(GrantFlag.class, v -> switch (v) {
    case MONITORING_OVERDUE -> "The monitoring return is past its due date and not received.";
    case NOT_DELIVERED_CLAWBACK_DUE -> "The project was not delivered and money paid has not been recovered.";
    case UNSPENT_GRANT_TO_RECOVER -> "Less was spent than was paid (less anything recovered).";
    case SPENT_MORE_THAN_PAID -> "More was spent than was paid (less anything recovered): check the claim or pay "
        + "the rest.";
    case NOT_DELIVERED_RELEASE_DUE -> "The project was not delivered and part of the award is unpaid: release it to "
        + "the fund.";
  });

  public static final EnumCodec<LedgerEntryKind> ENTRY_KIND = EnumCodec.of(LedgerEntryKind.class, v -> switch (v) {
    case COMMITMENT -> "An award, committed from the fund.";
    case RELEASE -> "Part of an award given back unpaid: an underspend, or the award given back.";
    case PAYMENT -> "A payment of a committed award; what is available does not change.";
    case CLAWBACK -> "Money paid and recovered, back in the fund.";
  });

  private static final JsonCodec<Integer> COUNT = Codecs.integer(-1_000_000, 1_000_000);

  /** A total or a change of a count: a whole number, possibly negative, within a JSON-safe range. */
  private static final JsonCodec<Long> TOTAL = Codecs.codec((n, out) -> out.writeNumber(n.longValue()), node -> {
    if (!node.isIntegralNumber() || !node.canConvertToLong() || Math.abs(node.longValue()) > 9_007_199_254_740_991L) {
      return Codecs.wrongType("a whole number");
    }
    return io.vavr.control.Validation.valid(node.longValue());
  }, defs -> defs.object().put("type", "integer").put("minimum", -9_007_199_254_740_991L)
      .put("maximum", 9_007_199_254_740_991L));

  public static final ObjectCodec<Eligibility> ELIGIBILITY_OUTCOME = RulesJson.statusOutcome("GrantEligibility",
      ELIGIBILITY);

  public static final JsonCodec<ValuedLine> VALUED_LINE = ObjectCodec.builder(ValuedLine.class, ValuedLine::builder,
          b -> b.build())
      .required("index", Codecs.integer(0, 1_000), ValuedLine::index, (b, v) -> b.index(v))
      .required("kind", GrantsJson.CONTRIBUTION_KIND, ValuedLine::kind, (b, v) -> b.kind(v))
      .required("value", CommonJson.MONEY, ValuedLine::value, (b, v) -> b.value(v))
      .required("counted", Codecs.BOOLEAN, ValuedLine::counted, (b, v) -> b.counted(v))
      .required("code", Codecs.text(40), ValuedLine::code, (b, v) -> b.code(v))
      .build();

  public static final ObjectCodec<ValuedMatch> VALUED_MATCH = ObjectCodec.builder(ValuedMatch.class,
          ValuedMatch::builder, b -> b.build())
      .alwaysWritten("lines", Codecs.list(VALUED_LINE, 200), List.of(), ValuedMatch::lines, (b, v) -> b.lines(v))
      .required("total", CommonJson.MONEY, ValuedMatch::total, (b, v) -> b.total(v))
      .required("grantItEarns", CommonJson.MONEY, ValuedMatch::grantItEarns, (b, v) -> b.grantItEarns(v))
      .required("volunteers", COUNT, ValuedMatch::volunteers, (b, v) -> b.volunteers(v))
      .required("volunteerHours", GrantsJson.HOURS, ValuedMatch::volunteerHours, (b, v) -> b.volunteerHours(v))
      .build();

  public static final ObjectCodec<Award> AWARD = ObjectCodec.builder(Award.class, Award::builder, b -> b.build())
      .required("amount", CommonJson.MONEY, Award::amount, (b, v) -> b.amount(v))
      .required("limitedBy", AWARD_LIMIT, Award::limitedBy, (b, v) -> b.limitedBy(v))
      .optional("tier", Codecs.text(40), Award::tier, (b, v) -> b.tier(v))
      .build();

  public static final JsonCodec<GrantAssessment> ASSESSMENT = ObjectCodec.builder(GrantAssessment.class,
          GrantAssessment::builder, b -> b.build())
      .required("reference", GrantsJson.GRANT_REFERENCE, GrantAssessment::reference, (b, v) -> b.reference(v))
      .required("eligibility", RulesJson.decision(ELIGIBILITY_OUTCOME), GrantAssessment::eligibility,
          (b, v) -> b.eligibility(v))
      .required("match", RulesJson.decision("GrantMatchDecision", VALUED_MATCH), GrantAssessment::match,
          (b, v) -> b.match(v))
      .required("award", RulesJson.decision("GrantAwardDecision", AWARD), GrantAssessment::award,
          (b, v) -> b.award(v))
      .describedAs("An application assessed as at a date: eligibility, the valued match and the award.")
      .build();

  public static final JsonCodec<GrantStatus> STATUS = ObjectCodec.builder(GrantStatus.class, GrantStatus::builder,
          b -> b.build())
      .required("reference", GrantsJson.GRANT_REFERENCE, GrantStatus::reference, (b, v) -> b.reference(v))
      .required("asAt", Codecs.DATE, GrantStatus::asAt, (b, v) -> b.asAt(v))
      .required("policyVersion", Codecs.text(64), GrantStatus::policyVersion, (b, v) -> b.policyVersion(v))
      .required("stage", STAGE, GrantStatus::stage, (b, v) -> b.stage(v))
      .optional("awardedOn", Codecs.DATE, GrantStatus::awardedOn, (b, v) -> b.awardedOn(v))
      .required("awarded", CommonJson.MONEY, GrantStatus::awarded, (b, v) -> b.awarded(v))
      .required("released", CommonJson.MONEY, GrantStatus::released, (b, v) -> b.released(v))
      .required("paid", CommonJson.MONEY, GrantStatus::paid, (b, v) -> b.paid(v))
      .required("clawedBack", CommonJson.MONEY, GrantStatus::clawedBack, (b, v) -> b.clawedBack(v))
      .derived("outstanding", CommonJson.MONEY, GrantStatus::outstanding)
      .derived("netAward", CommonJson.MONEY, GrantStatus::netAward)
      .optional("score", Codecs.integer(0, 5_000), GrantStatus::score, (b, v) -> b.score(v))
      .optional("monitoringDueOn", Codecs.DATE, GrantStatus::monitoringDueOn, (b, v) -> b.monitoringDueOn(v))
      .optional("monitoringReceivedOn", Codecs.DATE, GrantStatus::monitoringReceivedOn,
          (b, v) -> b.monitoringReceivedOn(v))
      .optional("monitoring", GrantsJson.MONITORING_RETURN, GrantStatus::monitoring, (b, v) -> b.monitoring(v))
      .alwaysWritten("flags", Codecs.list(FLAG, 10), List.of(), s -> List.copyOf(s.flags()),
          (b, v) -> b.flags(v))
      .describedAs("A grant as at a date: its stage, its money (awarded = released + outstanding + paid), its score, "
          + "its monitoring return and anything to act on.")
      .build();

  public static final JsonCodec<LedgerEntry> LEDGER_ENTRY = ObjectCodec.builder(LedgerEntry.class,
          LedgerEntry::builder, b -> b.build())
      .required("on", Codecs.DATE, LedgerEntry::on, (b, v) -> b.on(v))
      .required("grant", GrantsJson.GRANT_REFERENCE, LedgerEntry::grant, (b, v) -> b.grant(v))
      .required("kind", ENTRY_KIND, LedgerEntry::kind, (b, v) -> b.kind(v))
      .required("amount", CommonJson.MONEY, LedgerEntry::amount, (b, v) -> b.amount(v))
      .required("available", CommonJson.MONEY, LedgerEntry::available, (b, v) -> b.available(v))
      .build();

  public static final JsonCodec<FundLedger> LEDGER = ObjectCodec.builder(FundLedger.class,
          ImmutableFundLedger::builder, b -> b.build())
      .required("policyVersion", Codecs.text(64), FundLedger::policyVersion, (b, v) -> b.policyVersion(v))
      .required("asAt", Codecs.DATE, FundLedger::asAt, (b, v) -> b.asAt(v))
      .required("pot", CommonJson.MONEY, FundLedger::pot, (b, v) -> b.pot(v))
      .alwaysWritten("entries", Codecs.list(LEDGER_ENTRY, 100_000), List.of(), FundLedger::entries,
          (b, v) -> b.entries(v))
      .derived("committed", CommonJson.MONEY, FundLedger::committed)
      .derived("released", CommonJson.MONEY, FundLedger::released)
      .derived("paid", CommonJson.MONEY, FundLedger::paid)
      .derived("clawedBack", CommonJson.MONEY, FundLedger::clawedBack)
      .derived("outstanding", CommonJson.MONEY, FundLedger::outstanding)
      .derived("netSpent", CommonJson.MONEY, FundLedger::netSpent)
      .derived("available", CommonJson.MONEY, FundLedger::available)
      .describedAs("A grant fund as a ledger as at a date; pot = available + outstanding + netSpent.")
      .build();

  public static final JsonCodec<CriterionPoints> CRITERION_POINTS = ObjectCodec.builder(CriterionPoints.class,
          CriterionPoints::builder, b -> b.build())
      .required("criterion", Codecs.text(40), CriterionPoints::criterion, (b, v) -> b.criterion(v))
      .required("question", Codecs.text(500), CriterionPoints::question, (b, v) -> b.question(v))
      .optional("theme", GrantsJson.CITY_PLAN_THEME, CriterionPoints::theme, (b, v) -> b.theme(v))
      .required("points", Codecs.integer(0, 100), CriterionPoints::points, (b, v) -> b.points(v))
      .required("maxPoints", Codecs.integer(1, 100), CriterionPoints::maxPoints, (b, v) -> b.maxPoints(v))
      .build();

  public static final JsonCodec<BidScore> BID_SCORE = ObjectCodec.builder(BidScore.class, ImmutableBidScore::builder,
          b -> b.build())
      .alwaysWritten("criteria", Codecs.list(CRITERION_POINTS, 50), List.of(), BidScore::criteria,
          (b, v) -> b.criteria(v))
      .required("total", Codecs.integer(0, 5_000), BidScore::total, (b, v) -> b.total(v))
      .required("maximum", Codecs.integer(0, 5_000), BidScore::maximum, (b, v) -> b.maximum(v))
      .required("passMark", Codecs.integer(0, 5_000), BidScore::passMark, (b, v) -> b.passMark(v))
      .derived("passes", Codecs.BOOLEAN, BidScore::passes)
      .describedAs("A bid's score: each criterion's points beside its maximum; the points shown add up to the total.")
      .build();

  public static final JsonCodec<RankedBid> RANKED_BID = ObjectCodec.builder(RankedBid.class, RankedBid::builder,
          b -> b.build())
      .required("rank", Codecs.integer(1, 100_000), RankedBid::rank, (b, v) -> b.rank(v))
      .required("reference", GrantsJson.GRANT_REFERENCE, RankedBid::reference, (b, v) -> b.reference(v))
      .optional("score", BID_SCORE, RankedBid::score, (b, v) -> b.score(v))
      .required("eligibility", RulesJson.decision(ELIGIBILITY_OUTCOME), RankedBid::eligibility,
          (b, v) -> b.eligibility(v))
      .required("recommendation", RulesJson.decision("GrantRecommendationDecision", AWARD),
          RankedBid::recommendation, (b, v) -> b.recommendation(v))
      .describedAs("One bid in a round's ranking for the committee, with its score and the award recommended.")
      .build();

  public static final ObjectCodec<MonitoringTotals> TOTALS = ObjectCodec.builder(MonitoringTotals.class,
          MonitoringTotals::builder, b -> b.build())
      .required("grants", TOTAL, MonitoringTotals::grants, (b, v) -> b.grants(v))
      .required("awarded", CommonJson.MONEY, MonitoringTotals::awarded, (b, v) -> b.awarded(v))
      .required("matchValue", CommonJson.MONEY, MonitoringTotals::matchValue, (b, v) -> b.matchValue(v))
      .required("volunteers", TOTAL, MonitoringTotals::volunteers, (b, v) -> b.volunteers(v))
      .required("volunteerHours", signedHours(), MonitoringTotals::volunteerHours, (b, v) -> b.volunteerHours(v))
      .required("peopleBenefitted", TOTAL, MonitoringTotals::peopleBenefitted, (b, v) -> b.peopleBenefitted(v))
      .required("returnsReceived", TOTAL, MonitoringTotals::returnsReceived, (b, v) -> b.returnsReceived(v))
      .build();

  /** Hours that may be negative (a change from one year to the next). */
  private static JsonCodec<BigDecimal> signedHours() {
    return Codecs.parsed("SignedHours", "A number of hours, or a change in hours, as decimal text with two places.",
        "^-?[0-9]{1,9}(\\.[0-9]{1,2})?$", h -> h.setScale(2).toPlainString(), t -> t.matches("-?[0-9]{1,9}(\\.[0-9]{1,2})?")
            ? io.vavr.control.Validation.valid(new BigDecimal(t).setScale(2))
            : uk.gov.worcester.housing.core.common.Validated.invalid(uk.gov.worcester.housing.core.common.Problem.of(
                uk.gov.worcester.housing.core.common.ProblemCodes.INVALID_FORMAT, "hours are decimal text")));
  }

  private static JsonCodec<Map<String, MonitoringTotals>> totalsBy(String what) {
    return Codecs.map(k -> k, k -> k.matches("[A-Za-z0-9][A-Za-z0-9._/-]{0,63}") ? io.vavr.control.Validation.valid(k)
            : uk.gov.worcester.housing.core.common.Validated.invalid(uk.gov.worcester.housing.core.common.Problem.of(
                uk.gov.worcester.housing.core.common.ProblemCodes.INVALID_FORMAT, "a " + what + " code")),
        defs -> defs.object().put("type", "string").put("description", "A " + what + "."), TOTALS, 1_000);
  }

  public static final JsonCodec<MonitoringReport> REPORT = ObjectCodec.builder(MonitoringReport.class,
          MonitoringReport::builder, b -> b.build())
      .required("year", CommonJson.FINANCIAL_YEAR, MonitoringReport::year, (b, v) -> b.year(v))
      .required("asAt", Codecs.DATE, MonitoringReport::asAt, (b, v) -> b.asAt(v))
      .required("total", TOTALS, MonitoringReport::total, (b, v) -> b.total(v))
      .alwaysWritten("byWard", totalsBy("main ward's code"), Map.of(), MonitoringReport::byWard,
          (b, v) -> b.byWard(v))
      .alwaysWritten("byRound", totalsBy("policy version"), Map.of(), MonitoringReport::byRound,
          (b, v) -> b.byRound(v))
      .required("previousYear", TOTALS, MonitoringReport::previousYear, (b, v) -> b.previousYear(v))
      .derived("change", TOTALS, MonitoringReport::change)
      .describedAs("Grant monitoring for a financial year: totals, by ward and by round (the parts add up to the "
          + "whole), the year before and the change.")
      .build();

  /** A grant: written as its record; read by replaying it through the Worcester workflow. */
  public static final JsonCodec<Grant> GRANT = Codecs.codec(
      (g, out) -> GrantsJson.RECORD.write(g.record(), out),
      node -> GrantsJson.RECORD.read(node).flatMap((GrantRecord r) -> GrantWorkflow.worcester().replay(r)),
      GrantsJson.RECORD::schema);

  static void register(CodecRegistry registry) {
    registry.add(ELIGIBILITY).add(AWARD_LIMIT).add(STAGE).add(FLAG).add(ENTRY_KIND)
        .add(ValuedLine.class, VALUED_LINE)
        .add(ValuedMatch.class, VALUED_MATCH)
        .add(Award.class, AWARD)
        .add(GrantAssessment.class, ASSESSMENT)
        .add(GrantStatus.class, STATUS)
        .add(LedgerEntry.class, LEDGER_ENTRY)
        .add(FundLedger.class, LEDGER)
        .add(CriterionPoints.class, CRITERION_POINTS)
        .add(BidScore.class, BID_SCORE)
        .add(RankedBid.class, RANKED_BID)
        .add(MonitoringTotals.class, TOTALS)
        .add(MonitoringReport.class, REPORT)
        .add(Grant.class, GRANT)
        .document("grant-assessment", GrantAssessment.class, "A grant application assessed as at a date: "
            + "eligibility, the valued match and the award, each a decision with reasons and citations.")
        .document("grant-status", GrantStatus.class, "A grant as at a date: stage, money, score, monitoring return "
            + "and flags.")
        .document("fund-ledger", FundLedger.class, "A grant fund's ledger as at a date.")
        .document("ranked-bid", RankedBid.class, "One bid in a community grant round's ranking.")
        .document("grant-monitoring", MonitoringReport.class, "Community grant monitoring for a financial year.");
  }
}
