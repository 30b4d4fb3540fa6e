package uk.gov.worcester.housing.json.privatesector;

import io.vavr.control.Validation;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.rules.common.FigureSource;
import uk.gov.worcester.housing.rules.privatesector.DfgPolicy;
import uk.gov.worcester.housing.rules.privatesector.EnforcementPolicy;
import uk.gov.worcester.housing.rules.privatesector.HmoLicensingPolicy;
import uk.gov.worcester.housing.rules.privatesector.LicensingScheme;

/**
 * The JSON documents of the private sector policies, so a council can load its own: each with its
 * version, the day it took effect, its figures, and per figure a citation or note (and whether it
 * is unconfirmed). Written as plain field-described objects; when the library settles one
 * policy-document pattern these follow it.
 */
public final class PrivateSectorPoliciesJson {
  private PrivateSectorPoliciesJson() {}

  /** {@code {"citation": {...}, "note": "...", "unconfirmed": true}}. */
  public static final ObjectCodec<FigureSource> FIGURE_SOURCE = ObjectCodec.builder(FigureSource.class,
          FigureSource::builder, b -> b.build())
      .optional("citation", CommonJson.CITATION, FigureSource::citation, (b, v) -> b.citation(v))
      .optional("note", Codecs.text(FigureSource.MAX_NOTE), FigureSource::note, (b, v) -> b.note(v))
      .withDefault("unconfirmed", Codecs.BOOLEAN, false, FigureSource::unconfirmed, (b, v) -> b.unconfirmed(v))
      .describedAs("What supports one figure of a policy: a citation, a note, or both, and whether it is unconfirmed.")
      .build()
      .named("PolicyFigureSource");

  private static final JsonCodec<Map<String, FigureSource>> SOURCES = Codecs.map(k -> k,
      k -> k.matches("[a-z][A-Za-z0-9]{0,63}") ? Validation.valid(k)
          : Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "a figure's name is a camelCase field name")),
      defs -> defs.object().put("type", "string").put("pattern", "^[a-z][A-Za-z0-9]{0,63}$"), FIGURE_SOURCE, 50);

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

  public static final ObjectCodec<EnforcementPolicy> ENFORCEMENT_POLICY = ObjectCodec.builder(EnforcementPolicy.class,
          EnforcementPolicy::builder, b -> b.build())
      .required("version", Codecs.text(100), EnforcementPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, EnforcementPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .optional("civilPenaltyMaximum", CommonJson.MONEY, EnforcementPolicy::civilPenaltyMaximum,
          (b, v) -> b.civilPenaltyMaximum(v))
      .withDefault("category2ImprovementNoticeFrom", PrivateSectorDecisionsJson.BAND,
          uk.gov.worcester.housing.rules.privatesector.HazardBand.D, EnforcementPolicy::category2ImprovementNoticeFrom,
          (b, v) -> b.category2ImprovementNoticeFrom(v))
      .alwaysWritten("sources", SOURCES, Map.of(), EnforcementPolicy::sources, (b, v) -> b.sources(v))
      .build();

  public static final ObjectCodec<HmoLicensingPolicy> HMO_POLICY = ObjectCodec.builder(HmoLicensingPolicy.class,
          HmoLicensingPolicy::builder, b -> b.build())
      .required("version", Codecs.text(100), HmoLicensingPolicy::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, HmoLicensingPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .withDefault("mandatoryMinimumOccupants", Codecs.integer(1, 100), 5,
          HmoLicensingPolicy::mandatoryMinimumOccupants, (b, v) -> b.mandatoryMinimumOccupants(v))
      .withDefault("mandatoryMinimumHouseholds", Codecs.integer(1, 100), 2,
          HmoLicensingPolicy::mandatoryMinimumHouseholds, (b, v) -> b.mandatoryMinimumHouseholds(v))
      .withDefault("oneSleeperAged10OrOver", PrivateSectorJson.decimal(2), new java.math.BigDecimal("6.51"),
          HmoLicensingPolicy::oneSleeperAged10OrOver, (b, v) -> b.oneSleeperAged10OrOver(v))
      .withDefault("twoSleepersAged10OrOver", PrivateSectorJson.decimal(2), new java.math.BigDecimal("10.22"),
          HmoLicensingPolicy::twoSleepersAged10OrOver, (b, v) -> b.twoSleepersAged10OrOver(v))
      .withDefault("oneSleeperUnder10", PrivateSectorJson.decimal(2), new java.math.BigDecimal("4.64"),
          HmoLicensingPolicy::oneSleeperUnder10, (b, v) -> b.oneSleeperUnder10(v))
      .withDefault("maximumLicenceYears", Codecs.integer(1, 5), 5, HmoLicensingPolicy::maximumLicenceYears,
          (b, v) -> b.maximumLicenceYears(v))
      .withDefault("gasSafetyRecordMonths", Codecs.integer(1, 120), 12, HmoLicensingPolicy::gasSafetyRecordMonths,
          (b, v) -> b.gasSafetyRecordMonths(v))
      .withDefault("electricalReportYears", Codecs.integer(1, 20), 5, HmoLicensingPolicy::electricalReportYears,
          (b, v) -> b.electricalReportYears(v))
      .alwaysWritten("schemes", Codecs.list(SCHEME, 100), List.of(), HmoLicensingPolicy::schemes,
          (b, v) -> b.schemes(v))
      .alwaysWritten("sources", SOURCES, Map.of(), HmoLicensingPolicy::sources, (b, v) -> b.sources(v))
      .build();

  public static final ObjectCodec<DfgPolicy> DFG_POLICY = ObjectCodec.builder(DfgPolicy.class, DfgPolicy::builder,
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
      .withDefault("decisionMonths", Codecs.integer(1, 24), 6, DfgPolicy::decisionMonths, (b, v) -> b.decisionMonths(v))
      .alwaysWritten("sources", SOURCES, Map.of(), DfgPolicy::sources, (b, v) -> b.sources(v))
      .build();

  static void register(CodecRegistry registry) {
    registry.add(SCHEME_KIND)
        .add(LicensingScheme.class, SCHEME)
        .add(EnforcementPolicy.class, ENFORCEMENT_POLICY)
        .add(HmoLicensingPolicy.class, HMO_POLICY)
        .add(DfgPolicy.class, DFG_POLICY)
        .document("hhsrs-enforcement-policy", EnforcementPolicy.class, "A version of the enforcement figures: the "
            + "civil penalty maximum and the council's Category 2 threshold, with a source per figure.")
        .document("hmo-licensing-policy", HmoLicensingPolicy.class, "A version of the HMO licensing figures and the "
            + "council's additional and selective schemes, with a source per figure.")
        .document("dfg-policy", DfgPolicy.class, "A version of the Disabled Facilities Grant figures: the maximum and "
            + "the test of resources, with a source per figure.");
  }
}
