package uk.gov.worcester.housing.examples.stories;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.StreetContact;
import uk.gov.worcester.housing.json.HousingJson;
import uk.gov.worcester.housing.json.common.Codecs;
import uk.gov.worcester.housing.json.common.JsonCodec;
import uk.gov.worcester.housing.json.common.JsonObjectOut;
import uk.gov.worcester.housing.json.homelessness.HomelessnessDecisionsJson;
import uk.gov.worcester.housing.rules.homelessness.Assessment;
import uk.gov.worcester.housing.rules.homelessness.CaseStatus;
import uk.gov.worcester.housing.rules.homelessness.CaseWorkflow;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessAssessment;
import uk.gov.worcester.housing.rules.homelessness.HomelessnessCase;
import uk.gov.worcester.housing.rules.homelessness.RoughSleeperFinding;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingPolicy;
import uk.gov.worcester.housing.rules.homelessness.RoughSleepingRule;
import uk.gov.worcester.housing.rules.homelessness.SnapshotCount;

/** The reports the {@code housing homelessness} commands print, shared with the stories. */
public final class HomelessnessReports {
  private HomelessnessReports() {}

  /** An assessed case as at a date: the assessment and the case's live duties and deadlines. */
  public record AssessedCase(Assessment assessment, CaseStatus status) {}

  /** Replays the record and assesses it as at {@code asAt}; problems if either is refused. */
  public static Validation<Seq<Problem>, AssessedCase> assess(CaseRecord record, LocalDate asAt) {
    return assess(record, asAt, HomelessnessAssessment.worcester());
  }

  /**
   * As {@link #assess(CaseRecord, LocalDate)}, under the given law and policy versions; the
   * assessment reads the facts in force on {@code asAt} (changes of circumstances included).
   */
  public static Validation<Seq<Problem>, AssessedCase> assess(CaseRecord record, LocalDate asAt,
      HomelessnessAssessment rules) {
    CaseWorkflow flow = CaseWorkflow.of(rules);
    return flow.replay(record).flatMap((HomelessnessCase c) -> rules.assess(c.factsOn(asAt), asAt)
        .map(a -> new AssessedCase(a, flow.statusOn(c, asAt))));
  }

  private static final JsonCodec<AssessedCase> ASSESSED = Codecs.codec(
      (a, out) -> JsonObjectOut.start(out).field("assessment", HomelessnessDecisionsJson.ASSESSMENT, a.assessment())
          .field("status", HomelessnessDecisionsJson.CASE_STATUS, a.status()).end(),
      node -> Codecs.wrongType("a report is written, not read"));

  /** {@code {"assessment": ..., "status": ...}} as JSON. */
  public static Validation<Seq<Problem>, String> assessmentJson(HousingJson json, CaseRecord record, LocalDate asAt) {
    return assessmentJson(json, record, asAt, HomelessnessAssessment.worcester());
  }

  /** As above, under the given law and policy versions. */
  public static Validation<Seq<Problem>, String> assessmentJson(HousingJson json, CaseRecord record, LocalDate asAt,
      HomelessnessAssessment rules) {
    return assess(record, asAt, rules).map(a -> json.write(a, ASSESSED));
  }

  /** The rough sleeping report for a night. */
  public record RoughSleeping(SnapshotCount snapshot, List<RoughSleeperFinding> thisMonth) {}

  public static RoughSleeping roughSleeping(List<StreetContact> contacts, LocalDate night) {
    return roughSleeping(contacts, night, RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023);
  }

  /** The rough sleeping report for a night under the given definitions. */
  public static RoughSleeping roughSleeping(List<StreetContact> contacts, LocalDate night, RoughSleepingPolicy policy) {
    LocalDate first = night.withDayOfMonth(1);
    return new RoughSleeping(RoughSleepingRule.snapshot(contacts, night), RoughSleepingRule.findings(contacts,
        uk.gov.worcester.housing.core.common.DateRange.of(first, night), policy));
  }

  private static final JsonCodec<RoughSleeping> ROUGH_SLEEPING = Codecs.codec(
      (r, out) -> JsonObjectOut.start(out).field("snapshot", HomelessnessDecisionsJson.SNAPSHOT, r.snapshot())
          .field("thisMonth", Codecs.list(HomelessnessDecisionsJson.ROUGH_SLEEPER), r.thisMonth()).end(),
      node -> Codecs.wrongType("a report is written, not read"));

  public static String snapshotJson(HousingJson json, List<StreetContact> contacts, LocalDate night) {
    return snapshotJson(json, contacts, night, RoughSleepingPolicy.ENDING_ROUGH_SLEEPING_2023);
  }

  /** The rough sleeping report as JSON, under the given definitions. */
  public static String snapshotJson(HousingJson json, List<StreetContact> contacts, LocalDate night,
      RoughSleepingPolicy policy) {
    return json.write(roughSleeping(contacts, night, policy), ROUGH_SLEEPING);
  }
}
