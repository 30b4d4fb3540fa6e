package uk.gov.worcester.housing.json.privatesector;

import java.util.List;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.rules.RulesJson;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.privatesector.CourseOfAction;
import uk.gov.worcester.housing.rules.privatesector.DfgOutcome;
import uk.gov.worcester.housing.rules.privatesector.EnforcementOptions;
import uk.gov.worcester.housing.rules.privatesector.HazardBand;
import uk.gov.worcester.housing.rules.privatesector.HazardCategory;
import uk.gov.worcester.housing.rules.privatesector.HazardScore;
import uk.gov.worcester.housing.rules.privatesector.HhsrsReport;
import uk.gov.worcester.housing.rules.privatesector.HmoStatus;
import uk.gov.worcester.housing.rules.privatesector.HmoTest;
import uk.gov.worcester.housing.rules.privatesector.InspectionResult;
import uk.gov.worcester.housing.rules.privatesector.LicenceCondition;
import uk.gov.worcester.housing.rules.privatesector.LicenceDecision;
import uk.gov.worcester.housing.rules.privatesector.LicenceNeed;

/**
 * The JSON of the private sector decisions: hazard scores (with the exact numerator, the whole
 * score, band and category), the enforcement options on each hazard, an HMO's status and a licence
 * decision, and a Disabled Facilities Grant outcome, each inside the shared decision shape.
 */
public final class PrivateSectorDecisionsJson {
  private PrivateSectorDecisionsJson() {}

  public static final EnumCodec<HazardBand> BAND = EnumCodec.of(HazardBand.class,
      b -> b == HazardBand.J ? "Band J: a score of 9 or less." : b == HazardBand.A ? "Band A: a score of 5000 or more."
          : "Band " + b + ": a score from " + b.lowestScore() + " to "
              + (HazardBand.values()[b.ordinal() - 1].lowestScore() - 1) + ".");

  public static final EnumCodec<HazardCategory> CATEGORY = EnumCodec.of(HazardCategory.class, v -> switch (v) {
    case CATEGORY_1 -> "Category 1: a score of 1000 or more (bands A to C); the council must act (HA 2004 s.5).";
    case CATEGORY_2 -> "Category 2: a score below 1000 (bands D to J); the council may act (s.7).";
  });

  public static final EnumCodec<CourseOfAction> COURSE = EnumCodec.of(CourseOfAction.class,
      c -> c.name().charAt(0) + c.name().substring(1).toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " ("
          + c.provision(HazardCategory.CATEGORY_1).map(Object::toString).orElse("") + "). " + c.appeal());

  public static final EnumCodec<HmoTest> HMO_TEST = EnumCodec.of(HmoTest.class, v -> switch (v) {
    case STANDARD -> "The standard test (HA 2004 s.254(2)).";
    case SELF_CONTAINED_FLAT -> "The self-contained flat test (s.254(3)).";
    case CONVERTED_BUILDING -> "The converted building test (s.254(4)).";
    case SECTION_257_BLOCK -> "A converted block of flats (s.257).";
  });

  public static final EnumCodec<LicenceNeed> LICENCE_NEED = EnumCodec.of(LicenceNeed.class, v -> switch (v) {
    case MANDATORY -> "A mandatory HMO licence (HA 2004 s.55(2)(a); SI 2018/221).";
    case ADDITIONAL -> "A licence under an additional licensing scheme (s.56).";
    case SELECTIVE -> "A licence under a selective licensing scheme (s.80).";
    case NONE -> "No licence is needed.";
  });

  public static final EnumCodec<LicenceCondition> CONDITION = EnumCodec.of(LicenceCondition.class, v -> switch (v) {
    case GAS_SAFETY_RECORD -> "Produce the annual gas safety record on demand (HA 2004 Sch 4).";
    case APPLIANCES_AND_FURNITURE_SAFE -> "Keep electrical appliances and furniture safe (Sch 4).";
    case SMOKE_ALARMS -> "A working smoke alarm on each storey used as living accommodation (Sch 4).";
    case CARBON_MONOXIDE_ALARMS -> "A carbon monoxide alarm in each room with a fixed combustion appliance (Sch 4).";
    case STATEMENT_OF_TERMS -> "Give occupiers a written statement of their terms of occupation (Sch 4).";
    case ROOM_SIZES -> "Keep to the minimum sleeping room sizes (Sch 4, SI 2018/616).";
    case REFUSE_SCHEME -> "Store and dispose of refuse under the council's scheme (Sch 4, SI 2018/616).";
  });

  public static final ObjectCodec<HazardScore> SCORE = ObjectCodec.builder(HazardScore.class, HazardScore::builder,
          b -> b.build())
      .required("hazard", PrivateSectorJson.HAZARD, HazardScore::hazard, (b, v) -> b.hazard(v))
      .required("likelihoodPoint", Codecs.integer(1, 5600), HazardScore::likelihoodPoint,
          (b, v) -> b.likelihoodPoint(v))
      .required("scoredSpread", PrivateSectorJson.SPREAD, HazardScore::scoredSpread, (b, v) -> b.scoredSpread(v))
      .required("numerator", PrivateSectorJson.decimal(1), HazardScore::numerator, (b, v) -> b.numerator(v))
      .required("score", PrivateSectorJson.wholeNumber(1_000_000_000L), HazardScore::score,
          (b, v) -> b.score(v))
      .optional("averageScore", PrivateSectorJson.wholeNumber(1_000_000_000L),
          HazardScore::averageScore, (b, v) -> b.averageScore(v))
      .derived("band", BAND, HazardScore::band)
      .derived("category", CATEGORY, HazardScore::category)
      .describedAs("One hazard's score: the likelihood point and spread scored, the exact numerator "
          + "10000*O1 + 1000*O2 + 300*O3 + 10*O4, the whole score (numerator / likelihoodPoint rounded half up), "
          + "band and category.")
      .build();

  public static final ObjectCodec<InspectionResult> INSPECTION_RESULT = ObjectCodec.builder(InspectionResult.class,
          InspectionResult::builder, b -> b.build())
      .required("reference", Codecs.text(40), InspectionResult::reference, (b, v) -> b.reference(v))
      .alwaysWritten("scores", Codecs.list(SCORE, 29), List.of(), InspectionResult::scores, (b, v) -> b.scores(v))
      .build();

  public static final ObjectCodec<EnforcementOptions> ENFORCEMENT = ObjectCodec.builder(EnforcementOptions.class,
          EnforcementOptions::builder, b -> b.build())
      .required("hazard", PrivateSectorJson.HAZARD, EnforcementOptions::hazard, (b, v) -> b.hazard(v))
      .required("category", CATEGORY, EnforcementOptions::category, (b, v) -> b.category(v))
      .required("duty", Codecs.BOOLEAN, EnforcementOptions::duty, (b, v) -> b.duty(v))
      .alwaysWritten("open", Codecs.list(COURSE, 7), List.of(), EnforcementOptions::open, (b, v) -> b.open(v))
      .required("suggested", COURSE, EnforcementOptions::suggested, (b, v) -> b.suggested(v))
      .optional("civilPenaltyMaximum", CommonJson.MONEY, EnforcementOptions::civilPenaltyMaximum,
          (b, v) -> b.civilPenaltyMaximum(v))
      .build();

  public static final JsonCodec<Decision<InspectionResult>> SCORES_DECISION = RulesJson.decision(INSPECTION_RESULT);

  public static final JsonCodec<Decision<EnforcementOptions>> ENFORCEMENT_DECISION = RulesJson.decision(ENFORCEMENT);

  public static final ObjectCodec<HhsrsReport> REPORT = ObjectCodec.builder(HhsrsReport.class, HhsrsReport::builder,
          b -> b.build())
      .required("scores", SCORES_DECISION, HhsrsReport::scores, (b, v) -> b.scores(v))
      .alwaysWritten("enforcement", Codecs.list(ENFORCEMENT_DECISION, 29), List.of(), HhsrsReport::enforcement,
          (b, v) -> b.enforcement(v))
      .build();

  public static final ObjectCodec<HmoStatus> HMO_STATUS = ObjectCodec.builder(HmoStatus.class, HmoStatus::builder,
          b -> b.build())
      .optional("test", HMO_TEST, HmoStatus::test, (b, v) -> b.test(v))
      .required("licence", LICENCE_NEED, HmoStatus::licence, (b, v) -> b.licence(v))
      .optional("scheme", Codecs.text(200), HmoStatus::scheme, (b, v) -> b.scheme(v))
      .build();

  public static final ObjectCodec<LicenceDecision> LICENCE_DECISION = ObjectCodec.builder(LicenceDecision.class,
          LicenceDecision::builder, b -> b.build())
      .required("status", HMO_STATUS, LicenceDecision::status, (b, v) -> b.status(v))
      .alwaysWritten("problems", Codecs.list(CommonJson.PROBLEM, 1000), List.of(), LicenceDecision::problems,
          (b, v) -> b.problems(v))
      .derived("grantable", Codecs.BOOLEAN, LicenceDecision::grantable)
      .required("termYears", Codecs.integer(0, 99), LicenceDecision::termYears, (b, v) -> b.termYears(v))
      .alwaysWritten("conditions", Codecs.list(CONDITION, 20), List.of(), LicenceDecision::conditions,
          (b, v) -> b.conditions(v))
      .build();

  public static final ObjectCodec<DfgOutcome> DFG_OUTCOME = ObjectCodec.builder(DfgOutcome.class, DfgOutcome::builder,
          b -> b.build())
      .required("eligible", Codecs.BOOLEAN, DfgOutcome::eligible, (b, v) -> b.eligible(v))
      .required("meansTested", Codecs.BOOLEAN, DfgOutcome::meansTested, (b, v) -> b.meansTested(v))
      .required("contribution", CommonJson.MONEY, DfgOutcome::contribution, (b, v) -> b.contribution(v))
      .required("grant", CommonJson.MONEY, DfgOutcome::grant, (b, v) -> b.grant(v))
      .required("capped", Codecs.BOOLEAN, DfgOutcome::capped, (b, v) -> b.capped(v))
      .withDefault("amountForCouncil", Codecs.BOOLEAN, false, DfgOutcome::amountForCouncil,
          (b, v) -> b.amountForCouncil(v))
      .required("decideBy", Codecs.DATE, DfgOutcome::decideBy, (b, v) -> b.decideBy(v))
      .build();

  public static final JsonCodec<Decision<LicenceDecision>> LICENCE_DECISION_DECISION =
      RulesJson.decision("HmoLicenceDecision", LICENCE_DECISION);

  public static final JsonCodec<Decision<DfgOutcome>> DFG_DECISION = RulesJson.decision(DFG_OUTCOME);

  static void register(CodecRegistry registry) {
    registry.add(BAND).add(CATEGORY).add(COURSE).add(HMO_TEST).add(LICENCE_NEED).add(CONDITION)
        .add(HazardScore.class, SCORE)
        .add(InspectionResult.class, INSPECTION_RESULT)
        .add(EnforcementOptions.class, ENFORCEMENT)
        .add(HhsrsReport.class, REPORT)
        .add(HmoStatus.class, HMO_STATUS)
        .add(LicenceDecision.class, LICENCE_DECISION)
        .add(DfgOutcome.class, DFG_OUTCOME)
        .document("hhsrs-report", HhsrsReport.class, "An HHSRS inspection's scores, each hazard's band and category, "
            + "and the enforcement options on each hazard, with reasons and citations.")
        .document("hmo-licence-decision", LICENCE_DECISION_DECISION, "An HMO licence application checked: the HMO "
            + "test met, the licence needed, the problems found, the term and the mandatory conditions.")
        .document("dfg-decision", DFG_DECISION, "A Disabled Facilities Grant decided: eligibility, the test of "
            + "resources, the contribution and the grant within the maximum.");
  }
}
