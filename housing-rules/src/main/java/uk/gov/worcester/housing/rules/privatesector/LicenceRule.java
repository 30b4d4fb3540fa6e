package uk.gov.worcester.housing.rules.privatesector;

import static uk.gov.worcester.housing.rules.common.Legislation.HA_2004;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.privatesector.LicenceApplication;
import uk.gov.worcester.housing.core.privatesector.SleepingRoom;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.rules.common.Reasons;

/**
 * Checks a licence application (Housing Act 2004 ss.64-68 and Sch 4): the licence the property
 * needs ({@link HmoRule}), a gas safety record within 12 months, an electrical report within five
 * years, alarms and the fit and proper declaration; and, for a Part 2 (HMO) licence only, each
 * sleeping room against the room-size conditions and the refuse scheme (Sch 4 para 1A, inserted by
 * SI 2018/616, applies to HMO licences, not to selective licences under Part 3). The term is what
 * was asked, at most five years (s.68(4)). The conditions listed are those the licence must carry
 * ({@link LicenceCondition#forLicence(LicenceNeed)}).
 */
public final class LicenceRule {
  private LicenceRule() {}

  /** Problem codes this rule reports. */
  public static final String NO_LICENCE_NEEDED = "NO_LICENCE_NEEDED";
  /** A room is smaller than its sleepers need. */
  public static final String ROOM_TOO_SMALL = "ROOM_TOO_SMALL";
  /** A room under 4.64 m² is slept in. */
  public static final String ROOM_NOT_FOR_SLEEPING = "ROOM_NOT_FOR_SLEEPING";
  /** No gas safety record, or one older than the policy allows. */
  public static final String GAS_SAFETY_RECORD_NOT_CURRENT = "GAS_SAFETY_RECORD_NOT_CURRENT";
  /** No electrical report, or one older than the policy allows. */
  public static final String ELECTRICAL_REPORT_NOT_CURRENT = "ELECTRICAL_REPORT_NOT_CURRENT";
  /** A storey lacks a smoke alarm. */
  public static final String SMOKE_ALARMS_MISSING = "SMOKE_ALARMS_MISSING";
  /** A room with a combustion appliance lacks a carbon monoxide alarm. */
  public static final String CO_ALARMS_MISSING = "CO_ALARMS_MISSING";
  /** Waste is not managed under the council's scheme. */
  public static final String REFUSE_SCHEME_NOT_FOLLOWED = "REFUSE_SCHEME_NOT_FOLLOWED";
  /** No fit and proper declaration. */
  public static final String FIT_AND_PROPER_NOT_DECLARED = "FIT_AND_PROPER_NOT_DECLARED";

  private static final Citation CONDITIONS = HA_2004.at("Sch 4");

  /** The decision on {@code application} as at {@code asAt}. */
  public static Decision<LicenceDecision> assess(LicenceApplication application, LocalDate asAt,
      HmoLicensingPolicy policy) {
    Decision<HmoStatus> status = HmoRule.assess(application.property(), asAt, policy);
    Reasons reasons = new Reasons();
    status.reasons().forEach(r -> reasons.add(r.code(), r.text(), r.citation()));
    List<Problem> problems = new ArrayList<>();
    if (status.outcome().licence() == LicenceNeed.NONE) {
      problems.add(Problem.at(Path.of("property"), NO_LICENCE_NEEDED, "the property needs no licence"));
    }
    boolean part2 = status.outcome().licence() != LicenceNeed.SELECTIVE;
    List<SleepingRoom> rooms = part2 ? application.property().sleepingRooms() : List.of();
    for (int i = 0; i < rooms.size(); i++) {
      Path at = Path.of("property").field("sleepingRooms").index(i).field("floorArea");
      RoomSize size = RoomSizeRule.assess(rooms.get(i), policy);
      if (size == RoomSize.TOO_SMALL) {
        problems.add(Problem.at(at, ROOM_TOO_SMALL, "the room is smaller than the least area for its sleepers ("
            + RoomSizeRule.minimum(rooms.get(i), policy).map(m -> m.toPlainString()).orElse("") + " square metres)"));
      } else if (size == RoomSize.NOT_FOR_SLEEPING) {
        problems.add(Problem.at(at, ROOM_NOT_FOR_SLEEPING, "a room under " + policy.oneSleeperUnder10().toPlainString()
            + " square metres is not used for sleeping"));
      } else if (size == RoomSize.NOT_PRESCRIBED) {
        reasons.add("ROOM_SIZE_NOT_PRESCRIBED", "A room's mix of sleepers has no prescribed size; the council's own "
            + "standard decides.", CONDITIONS);
      }
    }
    LocalDate received = application.receivedOn();
    if (application.hasGas() && application.gasSafetyRecordOn()
        .map(d -> d.plusMonths(policy.gasSafetyRecordMonths()).isBefore(received)).orElse(true)) {
      problems.add(Problem.at("gasSafetyRecordOn", GAS_SAFETY_RECORD_NOT_CURRENT,
          "a gas safety record from the last " + policy.gasSafetyRecordMonths() + " months is needed"));
    }
    if (application.electricalReportOn().map(d -> d.plusYears(policy.electricalReportYears()).isBefore(received))
        .orElse(true)) {
      problems.add(Problem.at("electricalReportOn", ELECTRICAL_REPORT_NOT_CURRENT,
          "an electrical installation report from the last " + policy.electricalReportYears() + " years is needed"));
    }
    if (!application.smokeAlarmOnEachStorey()) {
      problems.add(Problem.at("smokeAlarmOnEachStorey", SMOKE_ALARMS_MISSING,
          "a smoke alarm is needed on each storey used as living accommodation"));
    }
    if (!application.carbonMonoxideAlarmsFitted()) {
      problems.add(Problem.at("carbonMonoxideAlarmsFitted", CO_ALARMS_MISSING,
          "a carbon monoxide alarm is needed in each room with a fixed combustion appliance"));
    }
    if (part2 && !application.followsRefuseScheme()) {
      problems.add(Problem.at("followsRefuseScheme", REFUSE_SCHEME_NOT_FOLLOWED,
          "refuse is stored and disposed of under the council's scheme"));
    }
    if (!application.fitAndProperDeclared()) {
      problems.add(Problem.at("fitAndProperDeclared", FIT_AND_PROPER_NOT_DECLARED,
          "the proposed licence holder declares whether they are fit and proper"));
    }
    int term = Math.min(application.requestedYears(), policy.maximumLicenceYears());
    if (term < application.requestedYears()) {
      reasons.add("TERM_LIMITED", "A licence lasts at most " + policy.maximumLicenceYears() + " years.",
          HA_2004.at("s.68(4)"));
    }
    LicenceDecision decision = LicenceDecision.builder().status(status.outcome()).problems(problems).termYears(term)
        .conditions(LicenceCondition.forLicence(status.outcome().licence())).build();
    return Decision.of(decision, asAt, policy, reasons.list());
  }
}
