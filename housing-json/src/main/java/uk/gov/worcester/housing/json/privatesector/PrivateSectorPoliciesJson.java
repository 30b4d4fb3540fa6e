package uk.gov.worcester.housing.json.privatesector;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;
import uk.gov.worcester.housing.rules.privatesector.LicensingScheme;

/**
 * The JSON documents of the private sector policies, so a council can load its own: each with its
 * version, the day it took effect, its figures, and per figure a citation or note (and whether it
 * is unconfirmed), in the one document form of {@link PolicyDocuments}. The defaults ship as
 * resources beside this class ({@code policy/*.json}), written from the Java constants and pinned
 * by a test; a council reads its own, or passes it to {@code --policy FILE}.
 */
public final class PrivateSectorPoliciesJson {
  private PrivateSectorPoliciesJson() {}

  public static final EnumCodec<LicensingScheme.Kind> SCHEME_KIND = EnumCodec.of(LicensingScheme.Kind.class,
      v -> switch (v) {
        case ADDITIONAL -> "Additional licensing of HMOs outside mandatory licensing (HA 2004 s.56).";
        case SELECTIVE -> "Selective licensing of other privately rented houses (s.80).";
      });

  public static final ObjectCodec<LicensingScheme> SCHEME = ObjectCodec.builder(LicensingScheme.class,
          LicensingScheme::builder, b -> b.build())
      .required("name", Codecs.text(200), LicensingScheme::name, (b, v) -> b.name(v))
      .required("kind", SCHEME_KIND, LicensingScheme::kind, (b, v) -> b.kind(v))
      .required("wards", Codecs.list(CommonJson.WARD, 50), s -> List.copyOf(s.wards()), (b, v) -> b.wards(v))
      .required("inForce", CommonJson.DATE_RANGE, LicensingScheme::inForce, (b, v) -> b.inForce(v))
      .describedAs("An additional or selective licensing scheme: its wards and the days it is in force (at most "
          + "five years).")
      .build();

  public static final JsonCodec<EnforcementPolicy> ENFORCEMENT_VERSION = PolicyDocuments.version(ObjectCodec.builder(EnforcementPolicy.class,
          EnforcementPolicy::builder, b -> b.build())
      .required("version", Codecs.text(100), EnforcementPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, EnforcementPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .optional("civilPenaltyMaximum", CommonJson.MONEY, EnforcementPolicy::civilPenaltyMaximum,
          (b, v) -> b.civilPenaltyMaximum(v))
      .alwaysWritten("category2ImprovementNoticeFrom", PrivateSectorDecisionsJson.BAND,
          uk.gov.worcester.housing.rules.privatesector.HazardBand.D, EnforcementPolicy::category2ImprovementNoticeFrom,
          (b, v) -> b.category2ImprovementNoticeFrom(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), EnforcementPolicy::sources, (b, v) -> b.sources(v))
      .describedAs("One version of the enforcement figures: the civil penalty maximum, if any, and the band from "
          + "which an improvement notice is suggested for a Category 2 hazard.")
      .build());

  public static final JsonCodec<HmoLicensingPolicy> HMO_LICENSING_VERSION = PolicyDocuments.version(ObjectCodec.builder(HmoLicensingPolicy.class,
          HmoLicensingPolicy::builder, b -> b.build())
      .required("version", Codecs.text(100), HmoLicensingPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, HmoLicensingPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .alwaysWritten("mandatoryMinimumOccupants", Codecs.integer(1, 100), 5,
          HmoLicensingPolicy::mandatoryMinimumOccupants, (b, v) -> b.mandatoryMinimumOccupants(v))
      .alwaysWritten("mandatoryMinimumHouseholds", Codecs.integer(1, 100), 2,
          HmoLicensingPolicy::mandatoryMinimumHouseholds, (b, v) -> b.mandatoryMinimumHouseholds(v))
      .alwaysWritten("oneSleeperAged10OrOver", PrivateSectorJson.decimal(2), new java.math.BigDecimal("6.51"),
          HmoLicensingPolicy::oneSleeperAged10OrOver, (b, v) -> b.oneSleeperAged10OrOver(v))
      .alwaysWritten("twoSleepersAged10OrOver", PrivateSectorJson.decimal(2), new java.math.BigDecimal("10.22"),
          HmoLicensingPolicy::twoSleepersAged10OrOver, (b, v) -> b.twoSleepersAged10OrOver(v))
      .alwaysWritten("oneSleeperUnder10", PrivateSectorJson.decimal(2), new java.math.BigDecimal("4.64"),
          HmoLicensingPolicy::oneSleeperUnder10, (b, v) -> b.oneSleeperUnder10(v))
      .alwaysWritten("maximumLicenceYears", Codecs.integer(1, 5), 5, HmoLicensingPolicy::maximumLicenceYears,
          (b, v) -> b.maximumLicenceYears(v))
      .alwaysWritten("gasSafetyRecordMonths", Codecs.integer(1, 120), 12, HmoLicensingPolicy::gasSafetyRecordMonths,
          (b, v) -> b.gasSafetyRecordMonths(v))
      .alwaysWritten("electricalReportYears", Codecs.integer(1, 20), 5, HmoLicensingPolicy::electricalReportYears,
          (b, v) -> b.electricalReportYears(v))
      .alwaysWritten("schemes", Codecs.list(SCHEME, 100), List.of(), HmoLicensingPolicy::schemes,
          (b, v) -> b.schemes(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), HmoLicensingPolicy::sources, (b, v) -> b.sources(v))
      .describedAs("One version of the HMO licensing figures, with the council's additional and selective schemes.")
      .build());

  public static final JsonCodec<DfgPolicy> DFG_VERSION = PolicyDocuments.version(ObjectCodec.builder(DfgPolicy.class, DfgPolicy::builder,
          b -> b.build())
      .required("version", Codecs.text(100), DfgPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, DfgPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .required("maximumGrant", CommonJson.MONEY, DfgPolicy::maximumGrant, (b, v) -> b.maximumGrant(v))
      .required("capitalDisregard", CommonJson.MONEY, DfgPolicy::capitalDisregard, (b, v) -> b.capitalDisregard(v))
      .required("tariffCapitalStep", CommonJson.MONEY, DfgPolicy::tariffCapitalStep, (b, v) -> b.tariffCapitalStep(v))
      .required("tariffIncomePerStep", CommonJson.MONEY, DfgPolicy::tariffIncomePerStep,
          (b, v) -> b.tariffIncomePerStep(v))
      .required("ownerLoanFactor", PrivateSectorJson.decimal(4), DfgPolicy::ownerLoanFactor,
          (b, v) -> b.ownerLoanFactor(v))
      .required("tenantLoanFactor", PrivateSectorJson.decimal(4), DfgPolicy::tenantLoanFactor,
          (b, v) -> b.tenantLoanFactor(v))
      .alwaysWritten("decisionMonths", Codecs.integer(1, 24), 6, DfgPolicy::decisionMonths, (b, v) -> b.decisionMonths(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), DfgPolicy::sources, (b, v) -> b.sources(v))
      .describedAs("One version of the Disabled Facilities Grant figures: the maximum and the test of resources.")
      .build());

  /** The kind code of a document of the enforcement figures. */
  public static final String ENFORCEMENT = "HHSRS_ENFORCEMENT";
  /** The kind code of a document of the HMO licensing figures and schemes. */
  public static final String HMO_LICENSING = "HMO_LICENSING";
  /** The kind code of a document of the Disabled Facilities Grant figures. */
  public static final String DFG = "DISABLED_FACILITIES_GRANT";

  /** A document of the enforcement figures, version by version. */
  public static final JsonCodec<PolicyTimeline<EnforcementPolicy>> ENFORCEMENT_DOCUMENT = PolicyDocuments.timeline(
      ENFORCEMENT, "The HHSRS enforcement figures, version by version.", ENFORCEMENT_VERSION);

  /** A document of the HMO licensing figures and schemes, version by version. */
  public static final JsonCodec<PolicyTimeline<HmoLicensingPolicy>> HMO_LICENSING_DOCUMENT = PolicyDocuments.timeline(
      HMO_LICENSING, "The HMO licensing figures and the council's schemes, version by version.", HMO_LICENSING_VERSION);

  /** A document of the Disabled Facilities Grant figures, version by version. */
  public static final JsonCodec<PolicyTimeline<DfgPolicy>> DFG_DOCUMENT = PolicyDocuments.timeline(DFG,
      "The Disabled Facilities Grant figures, version by version.", DFG_VERSION);

  /** The shipped defaults, beside this class. */
  public static final String ENFORCEMENT_RESOURCE = "policy/hhsrs-enforcement.json";
  /** Worcester's HMO licensing figures. */
  public static final String HMO_LICENSING_RESOURCE = "policy/worcester-hmo-licensing.json";
  /** England's DFG figures. */
  public static final String DFG_RESOURCE = "policy/disabled-facilities-grant.json";

  /** Reads a policy document with {@code codec}: its timeline, or every problem. */
  public static <T> Validation<Seq<Problem>, T> read(String json, JsonCodec<T> codec) {
    return PolicyDocuments.read(json, codec);
  }

  /** The shipped default of a document, read from this jar. */
  public static <T> T shipped(String resource, JsonCodec<T> codec) {
    return PolicyDocuments.shipped(PrivateSectorPoliciesJson.class, resource, codec);
  }

  static void register(CodecRegistry registry) {
    registry.add(SCHEME_KIND)
        .add(LicensingScheme.class, SCHEME)
        .policy(ENFORCEMENT, "hhsrs-enforcement-policy", ENFORCEMENT_DOCUMENT, "The HHSRS enforcement figures as a "
            + "policy document: the civil penalty maximum and the council's Category 2 threshold, with a source per "
            + "figure.", PrivateSectorPoliciesJson.class, ENFORCEMENT_RESOURCE)
        .policy(HMO_LICENSING, "hmo-licensing-policy", HMO_LICENSING_DOCUMENT, "The HMO licensing figures and the "
            + "council's additional and selective schemes as a policy document, with a source per figure.",
            PrivateSectorPoliciesJson.class, HMO_LICENSING_RESOURCE)
        .policy(DFG, "dfg-policy", DFG_DOCUMENT, "The Disabled Facilities Grant figures as a policy document: the "
            + "maximum and the test of resources, with a source per figure.", PrivateSectorPoliciesJson.class,
            DFG_RESOURCE);
  }
}
