package uk.gov.worcester.housing.json.privatesector;

import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.List;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.privatesector.BuildingKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplicantKind;
import uk.gov.worcester.housing.core.privatesector.DfgApplication;
import uk.gov.worcester.housing.core.privatesector.DfgPurpose;
import uk.gov.worcester.housing.core.privatesector.HarmSpread;
import uk.gov.worcester.housing.core.privatesector.Hazard;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.core.privatesector.HmoException;
import uk.gov.worcester.housing.core.privatesector.HmoProperty;
import uk.gov.worcester.housing.core.privatesector.Inspection;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.core.privatesector.MeansFacts;
import uk.gov.worcester.housing.core.privatesector.SleepingRoom;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.EnumCodec;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;

/**
 * The JSON contract of the private sector housing facts: an HHSRS inspection with its judgements,
 * an HMO property and its licence application, and a Disabled Facilities Grant application. The JSON
 * of the decisions is in {@link PrivateSectorDecisionsJson}. Decimals (likelihoods, percentages,
 * floor areas) are JSON numbers read exactly as decimals, never as binary fractions; money is a
 * decimal string.
 */
public final class PrivateSectorJson {
  private PrivateSectorJson() {}

  /** A decimal number of at most {@code places} decimal places and magnitude below 10^9. */
  public static JsonCodec<BigDecimal> decimal(int places) {
    return Codecs.codec((d, out) -> out.writeNumber(d), node -> {
      BigDecimal d;
      if (node.isNumber()) {
        if (!node.isIntegralNumber() && !node.isBigDecimal() && !Double.isFinite(node.doubleValue())) {
          return Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, "is too large"));
        }
        d = node.isIntegralNumber() ? new BigDecimal(node.bigIntegerValue())
            : node.isBigDecimal() ? node.decimalValue() : new BigDecimal(Double.toString(node.doubleValue()));
      } else {
        return Codecs.wrongType("a number");
      }
      if (d.abs().compareTo(BigDecimal.valueOf(1_000_000_000L)) >= 0) {
        return Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, "is too large"));
      }
      return d.stripTrailingZeros().scale() <= places ? Validation.valid(d)
          : Validated.invalid(Problem.of(ProblemCodes.INVALID_FORMAT, "has more than " + places + " decimal places"));
    }, defs -> defs.object().put("type", "number").put("multipleOf", BigDecimal.ONE.movePointLeft(places)));
  }

  /** A whole number from 0 to {@code max}. */
  public static JsonCodec<Long> wholeNumber(long max) {
    return Codecs.codec((n, out) -> out.writeNumber(n.longValue()), node -> {
      if (!node.isIntegralNumber() || !node.canConvertToLong()) {
        return Codecs.wrongType("a whole number");
      }
      long n = node.longValue();
      return n >= 0 && n <= max ? Validation.valid(n)
          : Validated.invalid(Problem.of(ProblemCodes.OUT_OF_RANGE, "is not from 0 to " + max));
    }, defs -> defs.object().put("type", "integer").put("minimum", 0).put("maximum", max));
  }

  public static final EnumCodec<Hazard> HAZARD = EnumCodec.of(Hazard.class,
      h -> "HHSRS hazard " + h.number() + ": " + h.title() + " (judged for " + h.vulnerableGroup().description() + ").");

  public static final EnumCodec<BuildingKind> BUILDING_KIND = EnumCodec.of(BuildingKind.class, v -> switch (v) {
    case HOUSE -> "A building that is not a self-contained flat: the standard test (HA 2004 s.254(2)).";
    case SELF_CONTAINED_FLAT -> "A self-contained flat: the self-contained flat test (s.254(3)).";
    case CONVERTED_BUILDING -> "A converted building with units that are not self-contained flats (s.254(4)).";
    case CONVERTED_BLOCK_OF_FLATS -> "A building converted into self-contained flats only (s.257).";
  });

  public static final EnumCodec<HmoException> HMO_EXCEPTION = EnumCodec.of(HmoException.class,
      v -> "Not an HMO: " + v.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " (HA 2004 "
          + v.provision() + ").");

  public static final EnumCodec<DfgApplicantKind> APPLICANT_KIND = EnumCodec.of(DfgApplicantKind.class,
      v -> switch (v) {
        case OWNER_OCCUPIER -> "An owner applying for a disabled occupant of their home (HGCRA 1996 s.21).";
        case TENANT -> "A private or housing association tenant (s.22).";
        case LANDLORD -> "A landlord applying for a disabled tenant (s.21): no test of resources.";
        case QUALIFYING_HOUSEBOAT_OR_PARK_HOME_OCCUPIER -> "An occupier of a qualifying houseboat or park home "
            + "(s.22A).";
      });

  public static final EnumCodec<DfgPurpose> PURPOSE = EnumCodec.of(DfgPurpose.class, v -> switch (v) {
    case ACCESS -> "Access into and out of the dwelling (HGCRA 1996 s.23(1)(a)).";
    case SAFETY -> "Making the dwelling safe for the disabled occupant and others (s.23(1)(b)).";
    case FAMILY_ROOM -> "Access to the principal family room (s.23(1)(c)).";
    case BEDROOM -> "Access to, or providing, a room for sleeping (s.23(1)(d)).";
    case BATHROOM -> "Access to, or providing, a lavatory, bath, shower or wash basin (s.23(1)(e)-(g)).";
    case COOKING -> "Preparing and cooking food (s.23(1)(h)).";
    case HEATING -> "A heating system suited to the disabled occupant (s.23(1)(i)).";
    case CONTROLS -> "Easier use of power, light or heat controls (s.23(1)(j)).";
    case CARING_FOR_A_DEPENDANT -> "Movement around the home to care for another who lives there (s.23(1)(k)).";
  });

  public static final ObjectCodec<HarmSpread> SPREAD = ObjectCodec.builder(HarmSpread.class, HarmSpread::builder,
          b -> b.build())
      .required("classI", decimal(1), HarmSpread::classI, (b, v) -> b.classI(v))
      .required("classII", decimal(1), HarmSpread::classII, (b, v) -> b.classII(v))
      .required("classIII", decimal(1), HarmSpread::classIII, (b, v) -> b.classIII(v))
      .required("classIV", decimal(1), HarmSpread::classIV, (b, v) -> b.classIV(v))
      .describedAs("The spread of harm in per cent across Classes I (extreme) to IV (moderate), one decimal place, "
          + "totalling 100.")
      .build();

  public static final ObjectCodec<HazardJudgement> JUDGEMENT = ObjectCodec.builder(HazardJudgement.class,
          HazardJudgement::builder, b -> b.build())
      .required("hazard", HAZARD, HazardJudgement::hazard, (b, v) -> b.hazard(v))
      .required("likelihood", decimal(2), HazardJudgement::likelihood, (b, v) -> b.likelihood(v))
      .required("spread", SPREAD, HazardJudgement::spread, (b, v) -> b.spread(v))
      .optional("averageLikelihood", decimal(2), HazardJudgement::averageLikelihood,
          (b, v) -> b.averageLikelihood(v))
      .optional("averageSpread", SPREAD, HazardJudgement::averageSpread, (b, v) -> b.averageSpread(v))
      .withDefault("imminentRiskOfSeriousHarm", Codecs.BOOLEAN, false, HazardJudgement::imminentRiskOfSeriousHarm,
          (b, v) -> b.imminentRiskOfSeriousHarm(v))
      .withDefault("demolitionCircumstancesPrescribed", Codecs.BOOLEAN, false,
          HazardJudgement::demolitionCircumstancesPrescribed, (b, v) -> b.demolitionCircumstancesPrescribed(v))
      .optional("justification", Codecs.text(2000), HazardJudgement::justification, (b, v) -> b.justification(v))
      .describedAs("An inspector's judgement of one hazard: the likelihood \"1 in L\" of a harmful occurrence in the "
          + "next 12 months to the vulnerable age group, and the spread of harm, with the national averages.")
      .build();

  public static final ObjectCodec<Inspection> INSPECTION = ObjectCodec.builder(Inspection.class, Inspection::builder,
          b -> b.build())
      .required("reference", Codecs.text(40), Inspection::reference, (b, v) -> b.reference(v))
      .required("inspectedOn", Codecs.DATE, Inspection::inspectedOn, (b, v) -> b.inspectedOn(v))
      .alwaysWritten("judgements", Codecs.list(JUDGEMENT, 29), List.of(), Inspection::judgements,
          (b, v) -> b.judgements(v))
      .build();

  public static final ObjectCodec<SleepingRoom> ROOM = ObjectCodec.builder(SleepingRoom.class, SleepingRoom::builder,
          b -> b.build())
      .required("label", Codecs.text(40), SleepingRoom::label, (b, v) -> b.label(v))
      .required("floorArea", decimal(2), SleepingRoom::floorArea, (b, v) -> b.floorArea(v))
      .required("sleepersAged10OrOver", Codecs.integer(0, 20), SleepingRoom::sleepersAged10OrOver,
          (b, v) -> b.sleepersAged10OrOver(v))
      .withDefault("sleepersUnder10", Codecs.integer(0, 20), 0, SleepingRoom::sleepersUnder10,
          (b, v) -> b.sleepersUnder10(v))
      .describedAs("A room used for sleeping: its floor area in square metres where the ceiling is at least 1.5 m "
          + "high, and its sleepers.")
      .build();

  public static final ObjectCodec<HmoProperty> PROPERTY = ObjectCodec.builder(HmoProperty.class, HmoProperty::builder,
          b -> b.build())
      .required("reference", Codecs.text(40), HmoProperty::reference, (b, v) -> b.reference(v))
      .required("buildingKind", BUILDING_KIND, HmoProperty::buildingKind, (b, v) -> b.buildingKind(v))
      .required("ward", CommonJson.WARD, HmoProperty::ward, (b, v) -> b.ward(v))
      .required("occupants", Codecs.integer(0, 500), HmoProperty::occupants, (b, v) -> b.occupants(v))
      .required("households", Codecs.integer(0, 500), HmoProperty::households, (b, v) -> b.households(v))
      .required("sharesBasicAmenity", Codecs.BOOLEAN, HmoProperty::sharesBasicAmenity,
          (b, v) -> b.sharesBasicAmenity(v))
      .withDefault("onlyOrMainResidence", Codecs.BOOLEAN, true, HmoProperty::onlyOrMainResidence,
          (b, v) -> b.onlyOrMainResidence(v))
      .withDefault("rentPayable", Codecs.BOOLEAN, true, HmoProperty::rentPayable, (b, v) -> b.rentPayable(v))
      .list("exceptions", Codecs.list(HMO_EXCEPTION, 6), p -> List.copyOf(p.exceptions()), (b, v) -> b.exceptions(v))
      .withDefault("inPurposeBuiltBlockOfThreeOrMoreFlats", Codecs.BOOLEAN, false,
          HmoProperty::inPurposeBuiltBlockOfThreeOrMoreFlats, (b, v) -> b.inPurposeBuiltBlockOfThreeOrMoreFlats(v))
      .withDefault("conversionMeetsAppropriateBuildingStandards", Codecs.BOOLEAN, false,
          HmoProperty::conversionMeetsAppropriateBuildingStandards,
          (b, v) -> b.conversionMeetsAppropriateBuildingStandards(v))
      .withDefault("grantedByRegisteredSocialLandlord", Codecs.BOOLEAN, false,
          HmoProperty::grantedByRegisteredSocialLandlord, (b, v) -> b.grantedByRegisteredSocialLandlord(v))
      .withDefault("twoThirdsOrMoreOwnerOccupied", Codecs.BOOLEAN, false, HmoProperty::twoThirdsOrMoreOwnerOccupied,
          (b, v) -> b.twoThirdsOrMoreOwnerOccupied(v))
      .list("sleepingRooms", Codecs.list(ROOM, 200), HmoProperty::sleepingRooms, (b, v) -> b.sleepingRooms(v))
      .describedAs("The facts the HMO tests and licensing need (HA 2004 ss.254-259).")
      .build();

  public static final ObjectCodec<LicenceApplication> LICENCE_APPLICATION = ObjectCodec.builder(
          LicenceApplication.class, LicenceApplication::builder, b -> b.build())
      .required("property", PROPERTY, LicenceApplication::property, (b, v) -> b.property(v))
      .required("receivedOn", Codecs.DATE, LicenceApplication::receivedOn, (b, v) -> b.receivedOn(v))
      .required("requestedYears", Codecs.integer(1, 99), LicenceApplication::requestedYears,
          (b, v) -> b.requestedYears(v))
      .withDefault("hasGas", Codecs.BOOLEAN, true, LicenceApplication::hasGas, (b, v) -> b.hasGas(v))
      .optional("gasSafetyRecordOn", Codecs.DATE, LicenceApplication::gasSafetyRecordOn,
          (b, v) -> b.gasSafetyRecordOn(v))
      .optional("electricalReportOn", Codecs.DATE, LicenceApplication::electricalReportOn,
          (b, v) -> b.electricalReportOn(v))
      .required("smokeAlarmOnEachStorey", Codecs.BOOLEAN, LicenceApplication::smokeAlarmOnEachStorey,
          (b, v) -> b.smokeAlarmOnEachStorey(v))
      .required("carbonMonoxideAlarmsFitted", Codecs.BOOLEAN, LicenceApplication::carbonMonoxideAlarmsFitted,
          (b, v) -> b.carbonMonoxideAlarmsFitted(v))
      .required("followsRefuseScheme", Codecs.BOOLEAN, LicenceApplication::followsRefuseScheme,
          (b, v) -> b.followsRefuseScheme(v))
      .required("fitAndProperDeclared", Codecs.BOOLEAN, LicenceApplication::fitAndProperDeclared,
          (b, v) -> b.fitAndProperDeclared(v))
      .describedAs("An application for an HMO licence (HA 2004 ss.63-64).")
      .build();

  public static final ObjectCodec<MeansFacts> MEANS = ObjectCodec.builder(MeansFacts.class, MeansFacts::builder,
          b -> b.build())
      .required("weeklyIncome", CommonJson.MONEY, MeansFacts::weeklyIncome, (b, v) -> b.weeklyIncome(v))
      .required("weeklyApplicableAmount", CommonJson.MONEY, MeansFacts::weeklyApplicableAmount,
          (b, v) -> b.weeklyApplicableAmount(v))
      .required("capital", CommonJson.MONEY, MeansFacts::capital, (b, v) -> b.capital(v))
      .withDefault("passportedBenefit", Codecs.BOOLEAN, false, MeansFacts::passportedBenefit,
          (b, v) -> b.passportedBenefit(v))
      .describedAs("The means of the disabled person and their partner for the test of resources.")
      .build();

  public static final ObjectCodec<DfgApplication> DFG_APPLICATION = ObjectCodec.builder(DfgApplication.class,
          DfgApplication::builder, b -> b.build())
      .required("reference", Codecs.text(40), DfgApplication::reference, (b, v) -> b.reference(v))
      .required("applicantKind", APPLICANT_KIND, DfgApplication::applicantKind, (b, v) -> b.applicantKind(v))
      .required("receivedOn", Codecs.DATE, DfgApplication::receivedOn, (b, v) -> b.receivedOn(v))
      .required("applicantAged18OrOver", Codecs.BOOLEAN, DfgApplication::applicantAged18OrOver,
          (b, v) -> b.applicantAged18OrOver(v))
      .withDefault("disabledOccupantChildOrYoungPerson", Codecs.BOOLEAN, false,
          DfgApplication::disabledOccupantChildOrYoungPerson, (b, v) -> b.disabledOccupantChildOrYoungPerson(v))
      .withDefault("landlordsCertificateGiven", Codecs.BOOLEAN, false, DfgApplication::landlordsCertificateGiven,
          (b, v) -> b.landlordsCertificateGiven(v))
      .withDefault("landlordsCertificateUnreasonableToRequire", Codecs.BOOLEAN, false,
          DfgApplication::landlordsCertificateUnreasonableToRequire,
          (b, v) -> b.landlordsCertificateUnreasonableToRequire(v))
      .required("fiveYearOccupationCertified", Codecs.BOOLEAN, DfgApplication::fiveYearOccupationCertified,
          (b, v) -> b.fiveYearOccupationCertified(v))
      .required("necessaryAndAppropriate", Codecs.BOOLEAN, DfgApplication::necessaryAndAppropriate,
          (b, v) -> b.necessaryAndAppropriate(v))
      .required("reasonableAndPracticable", Codecs.BOOLEAN, DfgApplication::reasonableAndPracticable,
          (b, v) -> b.reasonableAndPracticable(v))
      .required("purposes", Codecs.list(PURPOSE, 9), a -> List.copyOf(a.purposes()), (b, v) -> b.purposes(v))
      .required("estimatedCost", CommonJson.MONEY, DfgApplication::estimatedCost, (b, v) -> b.estimatedCost(v))
      .optional("councilDeterminedAmount", CommonJson.MONEY, DfgApplication::councilDeterminedAmount,
          (b, v) -> b.councilDeterminedAmount(v))
      .optional("means", MEANS, DfgApplication::means, (b, v) -> b.means(v))
      .describedAs("A full application for a Disabled Facilities Grant (HGCRA 1996 Part 1 Ch 1).")
      .build();

  /** Registers the private sector facts, and the decisions through {@link PrivateSectorDecisionsJson}. */
  public static void register(CodecRegistry registry) {
    registry.add(HAZARD).add(BUILDING_KIND).add(HMO_EXCEPTION).add(APPLICANT_KIND).add(PURPOSE)
        .add(HarmSpread.class, SPREAD)
        .add(HazardJudgement.class, JUDGEMENT)
        .add(Inspection.class, INSPECTION)
        .add(SleepingRoom.class, ROOM)
        .add(HmoProperty.class, PROPERTY)
        .add(LicenceApplication.class, LICENCE_APPLICATION)
        .add(MeansFacts.class, MEANS)
        .add(DfgApplication.class, DFG_APPLICATION)
        .document("hhsrs-inspection", Inspection.class, "An HHSRS inspection of a dwelling (Housing Act 2004 "
            + "Part 1): the hazards judged, each with its likelihood and spread of harm.")
        .document("hmo-licence-application", LicenceApplication.class, "An application for an HMO licence, with "
            + "the property's facts for the HMO tests and the room sizes.")
        .document("dfg-application", DfgApplication.class, "A full application for a Disabled Facilities Grant.");
    PrivateSectorDecisionsJson.register(registry);
    PrivateSectorPoliciesJson.register(registry);
  }
}
