package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.CircumstanceChange;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityGround;
import uk.gov.worcester.housing.core.homelessness.VulnerabilityJudgement;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;

/**
 * Relief past its 56 days is settled from the changes since the last event only (so replay stays
 * linear in events), and still ends on the first day the facts show priority need, including a
 * judgement that replaces another made earlier the same day.
 */
class ReliefSettlingTest {
  static final LocalDate D = LocalDate.of(2024, 4, 2);

  static CaseEvent judged(LocalDate on, boolean vulnerable) {
    return new CaseEvent.CircumstancesChanged(on, new CircumstanceChange.VulnerabilityJudged(VulnerabilityJudgement.of(
        PersonId.of("P-1"), VulnerabilityGround.OTHER_SPECIAL_REASON, vulnerable, on)));
  }

  @Test
  void reliefEndsOnTheDayASameDayJudgementShowsPriorityNeedAsApplyingEventByEventSays() {
    List<CaseEvent> events = new ArrayList<>();
    events.add(new CaseEvent.ReliefDutyAccepted(D));
    for (int day = 57; day < 70; day += 3) {
      events.add(judged(D.plusDays(day), false)); // past the 56 days, still no priority need
    }
    events.add(judged(D.plusDays(70), false));
    events.add(judged(D.plusDays(70), true)); // replaces the judgement made earlier that day
    events.add(judged(D.plusDays(75), true));
    CaseRecord record = CaseRecord.of(ApproachSamples.roughSleeper(D), events);

    HomelessnessCase replayed = CaseWorkflow.worcester().replay(record).get();
    Duty relief = replayed.latest(DutyKind.RELIEF).get();
    assertEquals(Optional.of(D.plusDays(70)), relief.endedOn());
    assertEquals(Optional.of(DutyEndReason.RELIEF_56_DAYS_AUTOMATIC), relief.endReason());

    Validation<Seq<Problem>, HomelessnessCase> built = CaseWorkflow.worcester().open(record.approach());
    for (CaseEvent e : events) {
      built = built.flatMap(c -> CaseWorkflow.worcester().apply(c, e));
    }
    assertEquals(replayed, built.get(), "apply, which settles from a fresh state each time, agrees");
  }
}
