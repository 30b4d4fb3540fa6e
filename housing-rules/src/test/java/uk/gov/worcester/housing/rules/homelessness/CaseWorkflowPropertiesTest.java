package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicktheories.core.Gen;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.homelessness.CaseEvent;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.core.homelessness.DutyEndReason;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.testkit.common.CommonGen;
import uk.gov.worcester.housing.testkit.homelessness.ApproachSamples;
import uk.gov.worcester.housing.testkit.homelessness.HomelessnessGen;

class CaseWorkflowPropertiesTest {
  static final CaseWorkflow FLOW = CaseWorkflow.worcester();

  /** Lawful walks deep into the lifecycle (see {@link HomelessnessGen#guidedWalks}). */
  static Gen<CaseRecord> lawfulWalks() {
    return HomelessnessGen.guidedWalks(r -> FLOW.replay(r).isValid());
  }

  @Test
  void aReliefDutyNeverEndsByTimeBefore56DaysAndNoDutyIsLiveAfterItsEnd() {
    qt().withExamples(150).forAll(lawfulWalks()).checkAssert(record -> {
      Validation<Seq<Problem>, HomelessnessCase> v = FLOW.replay(record);
      assertTrue(v.isValid(), "a lawful walk replays");
      LocalDate last = record.events().isEmpty() ? record.approach().appliedOn()
          : record.events().get(record.events().size() - 1).on();
      HomelessnessCase c = FLOW.asAt(v.get(), last.plusDays(200));
      for (Duty d : c.duties()) {
        d.endReason().filter(r -> r.daysThatMustHaveRun() > 0).ifPresent(r ->
            assertTrue(d.daysRunOn(d.endedOn().get()) >= 56, "ended by time after " + d.daysRunOn(d.endedOn().get())));
        d.endedOn().ifPresent(e -> {
          assertFalse(d.isLiveOn(e));
          assertFalse(d.isLiveOn(e.plusDays(1000)));
        });
      }
    });
  }

  @Test
  void illegalTransitionsAreAlwaysRefusedAndRefusalNamesTheEvent() {
    qt().withExamples(400).forAll(HomelessnessGen.caseRecords()).checkAssert(record -> {
      Validation<Seq<Problem>, HomelessnessCase> v = FLOW.replay(record);
      if (v.isValid()) {
        return;
      }
      String pointer = v.getError().head().path().jsonPointer();
      assertTrue(pointer.startsWith("/events/") || pointer.startsWith("/approach"), pointer);
      if (pointer.startsWith("/events/")) {
        int bad = Integer.parseInt(pointer.split("/")[2]);
        assertTrue(FLOW.replay(CaseRecord.of(record.approach(), record.events().subList(0, bad))).isValid(),
            "everything before the refused event is lawful");
        assertTrue(FLOW.replay(CaseRecord.of(record.approach(), record.events().subList(0, bad + 1))).isInvalid());
      }
    });
  }

  @Test
  void endingReliefByTimeOnAnyDayBeforeThe56thIsRefused() {
    qt().forAll(CommonGen.dates(), Generate.range(0, 55)).checkAssert((day, n) -> {
      CaseRecord r = CaseRecord.of(ApproachSamples.roughSleeper(day), List.of(new CaseEvent.ReliefDutyAccepted(day),
          new CaseEvent.DutyEnded(day.plusDays(n), DutyKind.RELIEF, DutyEndReason.RELIEF_56_DAYS_ELAPSED,
              Optional.of(day.plusDays(n)))));
      assertEquals(CaseProblems.TOO_EARLY, FLOW.replay(r).getError().head().code());
    });
  }

  @Test
  void theStatusAsAtADateNeverDependsOnLaterEvents() {
    qt().withExamples(150).forAll(lawfulWalks(), Generate.range(0, 300)).checkAssert((record, days) -> {
      LocalDate asAt = record.approach().appliedOn().plusDays(days);
      HomelessnessCase full = FLOW.replay(record).get();
      List<CaseEvent> known = record.events().stream().filter(e -> !e.on().isAfter(asAt)).toList();
      HomelessnessCase prefix = FLOW.replay(CaseRecord.of(record.approach(), known)).get();
      assertEquals(FLOW.statusOn(prefix, asAt), FLOW.statusOn(full, asAt));
    });
  }

  @Test
  void applyingOneEventAtATimeGivesTheCaseReplayGives() {
    qt().withExamples(150).forAll(lawfulWalks(), Generate.range(0, 400)).checkAssert((record, pick) -> {
      Validation<Seq<Problem>, HomelessnessCase> built = FLOW.open(record.approach());
      for (CaseEvent e : record.events()) {
        built = built.flatMap(c -> FLOW.apply(c, e));
      }
      assertEquals(FLOW.replay(record), built);
      LocalDate last = record.events().isEmpty() ? record.approach().appliedOn()
          : record.events().get(record.events().size() - 1).on();
      List<CaseEvent> candidates = HomelessnessGen.candidatesOn(last.plusDays(pick % 90), 0);
      CaseEvent next = candidates.get(pick % candidates.size());
      List<CaseEvent> longer = new ArrayList<>(record.events());
      longer.add(next);
      assertEquals(FLOW.replay(CaseRecord.of(record.approach(), longer)), built.flatMap(c -> FLOW.apply(c, next)));
    });
  }

  @Test
  void theSameRecordAlwaysGivesTheSameCase() {
    qt().withExamples(100).forAll(lawfulWalks()).checkAssert(record ->
        assertEquals(FLOW.replay(record), FLOW.replay(record)));
  }

  @Test
  void aLawfulCaseWithOneMoreUnlawfulEventIsRefusedAtThatEvent() {
    qt().withExamples(100).forAll(lawfulWalks(), Generate.range(0, 400)).checkAssert((record, pick) -> {
      LocalDate last = record.events().isEmpty() ? record.approach().appliedOn()
          : record.events().get(record.events().size() - 1).on();
      List<CaseEvent> candidates = HomelessnessGen.candidatesOn(last.plusDays(1), 0);
      CaseEvent e = candidates.get(pick % candidates.size());
      List<CaseEvent> events = new ArrayList<>(record.events());
      events.add(e);
      Validation<Seq<Problem>, HomelessnessCase> v = FLOW.replay(CaseRecord.of(record.approach(), events));
      if (v.isInvalid()) {
        assertTrue(v.getError().head().path().jsonPointer().startsWith("/events/" + record.events().size()),
            v.getError().head().path().jsonPointer());
      }
    });
  }

  @Test
  void decisionsAreTheSameForTheSameFactsAndDate() {
    qt().withExamples(300).forAll(HomelessnessGen.approaches(), Generate.range(0, 400)).checkAssert((a, days) -> {
      LocalDate asAt = a.appliedOn().plusDays(days);
      assertEquals(HomelessnessAssessment.worcester().assess(a, asAt), HomelessnessAssessment.worcester().assess(a, asAt));
    });
  }

  @Test
  void everyDecisionGivesItsReasons() {
    qt().withExamples(300).forAll(HomelessnessGen.approaches()).checkAssert(a -> {
      Assessment x = HomelessnessAssessment.worcester().assess(a, a.appliedOn()).get();
      for (var d : List.of(x.homelessness(), x.eligibility(), x.priorityNeed(), x.intentionality(), x.referral(),
          x.repeatApplication(), x.duties())) {
        assertFalse(d.reasons().isEmpty());
      }
      if (x.priorityNeed().outcome().isYes()) {
        List<String> categories = x.priorityNeed().outcome().categories().stream().map(Enum::name).toList();
        List<String> codes = x.priorityNeed().reasons().stream().map(r -> r.code())
            .filter(c -> !c.equals("AGED_16_OR_17_SUPPORTED_BY_CHILDRENS_SERVICES")).toList();
        assertTrue(codes.containsAll(categories), "every category has its reason");
        assertTrue(categories.containsAll(codes), "every reason names a category found");
      }
    });
  }
}
