package uk.gov.worcester.housing.json.homelessness;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.homelessness.NoticeKind;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.CommonJson;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.ObjectCodec;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessLaw;
import uk.gov.worcester.housing.rules.homelessness.LocalHomelessnessPolicy;
import uk.gov.worcester.housing.rules.homelessness.TemporaryAccommodationRule;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicCodeTable;
import uk.gov.worcester.housing.rules.homelessness.hclic.HclicList;

/**
 * The homelessness policies as JSON documents (see {@link PolicyDocuments}): the versions of Part 7
 * ({@code HOMELESSNESS_LAW}), a council's local homelessness figures ({@code LOCAL_HOMELESSNESS})
 * the rough sleeping definitions ({@code ROUGH_SLEEPING}) and the H-CLIC code table
 * ({@code HCLIC_CODES}). The defaults this library ships are
 * resources beside this class ({@code policy/*.json}), written from the Java constants and pinned
 * by a test so the two cannot drift; a council reads its own with {@link #localPolicy(String)} or
 * the command line's {@code --policy FILE}.
 */
public final class HomelessnessPolicyJson {
  private HomelessnessPolicyJson() {}

  /** The kind code of a document of Part 7's versions. */
  public static final String LAW = "HOMELESSNESS_LAW";
  /** The kind code of a document of a council's local homelessness figures. */
  public static final String LOCAL = "LOCAL_HOMELESSNESS";
  /** The kind code of a document of the rough sleeping definitions. */
  public static final String ROUGH_SLEEPING = "ROUGH_SLEEPING";

  /** The threshold notices, in code-list order. */
  private static final JsonCodec<List<NoticeKind>> NOTICES = Codecs.ordered(
      Codecs.list(HomelessnessJson.NOTICE_KIND, 10), java.util.Comparator.naturalOrder(),
      "In the order of the NoticeKind code list.");

  public static final JsonCodec<HomelessnessLaw> LAW_VERSION = PolicyDocuments.version(ObjectCodec.builder(
          HomelessnessLaw.class, HomelessnessLaw::builder, b -> b.build())
      .required("version", Codecs.text(100), HomelessnessLaw::version, (b, v) -> b.version(v))
      .required("effectiveFrom", Codecs.DATE, HomelessnessLaw::effectiveFrom, (b, v) -> b.effectiveFrom(v))
      .alwaysWritten("threatenedWithinDays", Codecs.integer(1, 365), 56, HomelessnessLaw::threatenedWithinDays,
          (b, v) -> b.threatenedWithinDays(v))
      .alwaysWritten("dutyPeriodDays", Codecs.integer(1, 365), 56, HomelessnessLaw::dutyPeriodDays,
          (b, v) -> b.dutyPeriodDays(v))
      .alwaysWritten("reviewRequestDays", Codecs.integer(1, 365), 21, HomelessnessLaw::reviewRequestDays,
          (b, v) -> b.reviewRequestDays(v))
      .alwaysWritten("repeatApplicationYears", Codecs.integer(1, 10), 2, HomelessnessLaw::repeatApplicationYears,
          (b, v) -> b.repeatApplicationYears(v))
      .alwaysWritten("privateRentedOfferReferralYears", Codecs.integer(1, 10), 2,
          HomelessnessLaw::privateRentedOfferReferralYears, (b, v) -> b.privateRentedOfferReferralYears(v))
      .required("domesticAbusePriorityNeed", Codecs.BOOLEAN, HomelessnessLaw::domesticAbusePriorityNeed,
          (b, v) -> b.domesticAbusePriorityNeed(v))
      .required("thresholdNotices", NOTICES, l -> new ArrayList<>(l.thresholdNotices()),
          (b, v) -> b.thresholdNotices(v))
      .optional("section21NoticesGivenBefore", Codecs.DATE, HomelessnessLaw::section21NoticesGivenBefore,
          (b, v) -> b.section21NoticesGivenBefore(v))
      .alwaysWritten("interimAccommodationOnRepeatApplication", Codecs.BOOLEAN, true,
          HomelessnessLaw::interimAccommodationOnRepeatApplication,
          (b, v) -> b.interimAccommodationOnRepeatApplication(v))
      .required("abuseTerm", Codecs.text(100), HomelessnessLaw::abuseTerm, (b, v) -> b.abuseTerm(v))
      .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), HomelessnessLaw::sources, (b, v) -> b.sources(v))
      .describedAs("One version of Housing Act 1996 Part 7 as this library applies it, chosen by the date of "
          + "application.")
      .build());

  public static final JsonCodec<LocalHomelessnessPolicy> LOCAL_VERSION = PolicyDocuments.version(
      ObjectCodec.builder(LocalHomelessnessPolicy.class, LocalHomelessnessPolicy::builder, b -> b.build())
          .required("version", Codecs.text(100), LocalHomelessnessPolicy::version, (b, v) -> b.version(v))
          .required("effectiveFrom", Codecs.DATE, LocalHomelessnessPolicy::effectiveFrom,
              (b, v) -> b.effectiveFrom(v))
          .required("authority", CommonJson.LOCAL_AUTHORITY, LocalHomelessnessPolicy::authority,
              (b, v) -> b.authority(v))
          .alwaysWritten("residenceMonthsOfLast12", Codecs.integer(1, 12), 6,
              LocalHomelessnessPolicy::residenceMonthsOfLast12, (b, v) -> b.residenceMonthsOfLast12(v))
          .alwaysWritten("residenceYearsOfLast5", Codecs.integer(1, 5), 3, LocalHomelessnessPolicy::residenceYearsOfLast5,
              (b, v) -> b.residenceYearsOfLast5(v))
          .alwaysWritten("familyResidenceYears", Codecs.integer(0, 50), 5, LocalHomelessnessPolicy::familyResidenceYears,
              (b, v) -> b.familyResidenceYears(v))
          .alwaysWritten("priorPlacementReferralYears", Codecs.integer(0, 50), 5,
              LocalHomelessnessPolicy::priorPlacementReferralYears, (b, v) -> b.priorPlacementReferralYears(v))
          .alwaysWritten("warningReasonablePeriodDays", Codecs.integer(0, 365), 14,
              LocalHomelessnessPolicy::warningReasonablePeriodDays, (b, v) -> b.warningReasonablePeriodDays(v))
          .alwaysWritten("intentionallyHomelessAccommodationDays", Codecs.integer(0, 365), 28,
              LocalHomelessnessPolicy::intentionallyHomelessAccommodationDays,
              (b, v) -> b.intentionallyHomelessAccommodationDays(v))
          .alwaysWritten("oldAgeJudgementAge", Codecs.integer(16, 120), 60, LocalHomelessnessPolicy::oldAgeJudgementAge,
              (b, v) -> b.oldAgeJudgementAge(v))
          .alwaysWritten("bedAndBreakfastFamilyLimitWeeks",
              Codecs.integer(0, TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_WEEKS),
              TemporaryAccommodationRule.STATUTORY_FAMILY_LIMIT_WEEKS,
              LocalHomelessnessPolicy::bedAndBreakfastFamilyLimitWeeks, (b, v) -> b.bedAndBreakfastFamilyLimitWeeks(v))
          .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), LocalHomelessnessPolicy::sources,
              (b, v) -> b.sources(v))
          .describedAs("One version of a council's local homelessness figures: the referral guidelines' periods, "
              + "the reasonable period after a warning, s.190(2) accommodation and the bed and breakfast limit.")
          .build());

  public static final JsonCodec<RoughSleepingPolicy> ROUGH_SLEEPING_VERSION = PolicyDocuments.version(
      ObjectCodec.builder(RoughSleepingPolicy.class, RoughSleepingPolicy::builder, b -> b.build())
          .required("version", Codecs.text(100), RoughSleepingPolicy::version, (b, v) -> b.version(v))
          .required("effectiveFrom", Codecs.DATE, RoughSleepingPolicy::effectiveFrom, (b, v) -> b.effectiveFrom(v))
          .alwaysWritten("newAfterMonthsUnseen", Codecs.integer(1, 600), 60, RoughSleepingPolicy::newAfterMonthsUnseen,
              (b, v) -> b.newAfterMonthsUnseen(v))
          .withDefault("sources", PolicyDocuments.SOURCES, Map.of(), RoughSleepingPolicy::sources,
              (b, v) -> b.sources(v))
          .describedAs("One version of the rough sleeping monitoring definitions.")
          .build());

  /** The kind code of a document of H-CLIC code tables. */
  public static final String HCLIC_CODES = "HCLIC_CODES";

  private static final JsonCodec<HclicList> HCLIC_LIST = Codecs.codec((l, out) -> out.writeString(l.name()),
      node -> node.isString() ? listNamed(node.stringValue()) : Codecs.wrongType("an H-CLIC list name"),
      defs -> {
        tools.jackson.databind.node.ObjectNode schema = defs.object();
        tools.jackson.databind.node.ArrayNode names = schema.putArray("enum");
        for (HclicList l : HclicList.values()) {
          names.add(l.name());
        }
        return schema;
      });

  private static Validation<Seq<Problem>, HclicList> listNamed(String name) {
    for (HclicList l : HclicList.values()) {
      if (l.name().equals(name)) {
        return Validation.valid(l);
      }
    }
    return Validated.invalid(Problem.of(uk.gov.worcester.housing.core.common.ProblemCodes.UNKNOWN_CODE,
        "not an H-CLIC list this library uses"));
  }

  /** One version of an H-CLIC code table: {@code {"codes": {"A1_INITIAL_ASSESSMENT": {"RELIEF_DUTY_OWED": "2"}}}}. */
  public static final JsonCodec<HclicCodeTable> HCLIC_CODES_VERSION = PolicyDocuments.version(
      ObjectCodec.define(HclicCodeTable.class, f -> {
        ObjectCodec.Slot<String> version = f.required("version", Codecs.text(100), HclicCodeTable::version);
        ObjectCodec.Slot<java.time.LocalDate> from = f.required("effectiveFrom", Codecs.DATE,
            HclicCodeTable::effectiveFrom);
        ObjectCodec.Slot<Map<HclicList, Map<String, String>>> codes = f.required("codes", Codecs.map(HclicList::name,
            HomelessnessPolicyJson::listNamed, defs -> defs.object().put("type", "string"),
            Codecs.map(label -> label, Validation::valid, defs -> defs.object().put("type", "string"),
                Codecs.text(20), 500), 50), HclicCodeTable::codes);
        ObjectCodec.Slot<Map<String, uk.gov.worcester.housing.rules.common.FigureSource>> sources = f.withDefault(
            "sources", PolicyDocuments.SOURCES, Map.of(), HclicCodeTable::sources);
        return in -> Validated.orThrow(HclicCodeTable.of(in.get(version), in.get(from), in.get(codes),
            in.get(sources)));
      }).describedAs("One version of the H-CLIC code table: the specification's code for each label of each "
          + "list."));

  /** A document of H-CLIC code tables. */
  public static final JsonCodec<PolicyTimeline<HclicCodeTable>> HCLIC_CODES_DOCUMENT = PolicyDocuments.timeline(
      HCLIC_CODES, "The H-CLIC code tables, version by version (the placeholder numbers labels in order).",
      HCLIC_CODES_VERSION);

  /** The placeholder H-CLIC codes. */
  public static final String HCLIC_CODES_RESOURCE = "policy/hclic-placeholder-codes.json";

  /** A document of Part 7's versions. */
  public static final JsonCodec<PolicyTimeline<HomelessnessLaw>> LAW_DOCUMENT = PolicyDocuments.timeline(LAW,
      "The versions of Housing Act 1996 Part 7, each with the date from which applications are judged by it.",
      LAW_VERSION);

  /** A document of a council's local homelessness figures. */
  public static final JsonCodec<PolicyTimeline<LocalHomelessnessPolicy>> LOCAL_DOCUMENT = PolicyDocuments.timeline(
      LOCAL, "A council's local homelessness figures, version by version.", LOCAL_VERSION);

  /** A document of the rough sleeping definitions. */
  public static final JsonCodec<PolicyTimeline<RoughSleepingPolicy>> ROUGH_SLEEPING_DOCUMENT =
      PolicyDocuments.timeline(ROUGH_SLEEPING, "The rough sleeping monitoring definitions, version by version.",
          ROUGH_SLEEPING_VERSION);

  /** The file name of each shipped default, beside this class. */
  public static final String LAW_RESOURCE = "policy/homelessness-law.json";
  /** Worcester's local homelessness figures. */
  public static final String LOCAL_RESOURCE = "policy/worcester-homelessness.json";
  /** The rough sleeping definitions. */
  public static final String ROUGH_SLEEPING_RESOURCE = "policy/rough-sleeping.json";

  /** Reads a council's local homelessness policy document: its timeline, or every problem. */
  public static Validation<Seq<Problem>, PolicyTimeline<LocalHomelessnessPolicy>> localPolicy(String json) {
    return read(json, LOCAL_DOCUMENT);
  }

  /** Reads a document of Part 7's versions: the timeline, or every problem. */
  public static Validation<Seq<Problem>, PolicyTimeline<HomelessnessLaw>> law(String json) {
    return read(json, LAW_DOCUMENT);
  }

  private static <T> Validation<Seq<Problem>, T> read(String json, JsonCodec<T> codec) {
    return PolicyDocuments.read(json, codec);
  }

  /** The shipped default of a document, read from this jar. */
  public static <T> T shipped(String resource, JsonCodec<T> codec) {
    return PolicyDocuments.shipped(HomelessnessPolicyJson.class, resource, codec);
  }

  /** Registers the policy documents (published with their schemas) and their shipped defaults. */
  public static void register(CodecRegistry registry) {
    registry.policy(LAW, "homelessness-law-policy", LAW_DOCUMENT, "The versions of Housing Act 1996 Part 7 as a "
            + "policy document: each version's figures with the provision behind each.", HomelessnessPolicyJson.class,
            LAW_RESOURCE)
        .policy(LOCAL, "local-homelessness-policy", LOCAL_DOCUMENT, "A council's local homelessness figures as a "
            + "policy document, with the source of each figure.", HomelessnessPolicyJson.class, LOCAL_RESOURCE)
        .policy(ROUGH_SLEEPING, "rough-sleeping-policy", ROUGH_SLEEPING_DOCUMENT, "The rough sleeping definitions "
            + "as a policy document.", HomelessnessPolicyJson.class, ROUGH_SLEEPING_RESOURCE)
        .policy(HCLIC_CODES, "hclic-code-table-policy", HCLIC_CODES_DOCUMENT, "The H-CLIC code table as a policy "
            + "document: the specification's code for each label.", HomelessnessPolicyJson.class, HCLIC_CODES_RESOURCE);
  }
}
