package uk.gov.worcester.housing.rules.lettings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static uk.gov.worcester.housing.rules.lettings.Fixtures.ON;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationRecord;
import uk.gov.worcester.housing.core.lettings.ApplicationStatus;
import uk.gov.worcester.housing.core.lettings.RegisterEvent;
import uk.gov.worcester.housing.core.lettings.ReviewableDecision;
import uk.gov.worcester.housing.testkit.lettings.LettingsGen;
import uk.gov.worcester.housing.testkit.lettings.LettingsSamples;

class RegisterWorkflowTest {
  static final RegisterWorkflow FLOW = RegisterWorkflow.worcester();
  static final Application APP = LettingsSamples.overcrowdedFamily(ON);

  static Validation<Seq<Problem>, RegisterState> replay(RegisterEvent... events) {
    return FLOW.replay(ApplicationRecord.of(APP, List.of(events)));
  }

  @Test
  void assessedActiveSuspendedReinstatedAndHoused() {
    RegisterState s = replay(new RegisterEvent.Assessed(ON.plusDays(5), true), new RegisterEvent.Suspended(ON.plusDays(20)),
        new RegisterEvent.Reinstated(ON.plusDays(30)), new RegisterEvent.Housed(ON.plusDays(60), AdvertId.of("ADV-1"))).get();
    assertEquals(ApplicationStatus.HOUSED, s.status());
    assertEquals(ApplicationStatus.SUSPENDED, s.statusOn(ON.plusDays(25)));
    assertEquals(ApplicationStatus.PENDING, s.statusOn(ON));
  }

  @Test
  void section166A9AReviewOfQualificationWithin21DaysAndOverturnedMakesTheApplicationActive() {
    RegisterState s = replay(new RegisterEvent.Assessed(ON.plusDays(5), false),
        new RegisterEvent.ReviewRequested(ON.plusDays(26), ReviewableDecision.QUALIFICATION, ON.plusDays(5)),
        new RegisterEvent.ReviewDecided(ON.plusDays(40), true)).get();
    assertEquals(ApplicationStatus.ACTIVE, s.status());
    assertEquals(ApplicationStatus.UNDER_REVIEW, s.statusOn(ON.plusDays(30)));
  }

  @Test
  void section166A9AReviewAskedForAfter21DaysIsOutOfTime() {
    Validation<Seq<Problem>, RegisterState> v = replay(new RegisterEvent.Assessed(ON.plusDays(5), false),
        new RegisterEvent.ReviewRequested(ON.plusDays(27), ReviewableDecision.QUALIFICATION, ON.plusDays(5)));
    assertEquals(RegisterWorkflow.REVIEW_OUT_OF_TIME, v.getError().head().code());
    assertEquals("/events/1", v.getError().head().path().jsonPointer());
  }

  @Test
  void aBandingReviewReturnsToActiveWhateverItsOutcomeAndTheApplicantMayBeHousedMeanwhile() {
    RegisterState s = replay(new RegisterEvent.Assessed(ON, true),
        new RegisterEvent.ReviewRequested(ON.plusDays(3), ReviewableDecision.BANDING, ON),
        new RegisterEvent.ReviewDecided(ON.plusDays(20), false)).get();
    assertEquals(ApplicationStatus.ACTIVE, s.status());
    assertTrue(replay(new RegisterEvent.Assessed(ON, true),
        new RegisterEvent.ReviewRequested(ON.plusDays(3), ReviewableDecision.BANDING, ON),
        new RegisterEvent.Housed(ON.plusDays(9), AdvertId.of("ADV-2"))).isValid());
  }

  @Test
  void unlawfulTransitionsAreRefusedAtTheirEvent() {
    assertEquals(ProblemCodes.NOT_ALLOWED, replay(new RegisterEvent.Suspended(ON)).getError().head().code());
    assertEquals(ProblemCodes.NOT_ALLOWED, replay(new RegisterEvent.Housed(ON, AdvertId.of("ADV-1"))).getError().head().code());
    assertEquals(ProblemCodes.NOT_ALLOWED, replay(new RegisterEvent.Assessed(ON, true),
        new RegisterEvent.ReviewRequested(ON, ReviewableDecision.QUALIFICATION, ON)).getError().head().code());
    Validation<Seq<Problem>, RegisterState> closed = replay(new RegisterEvent.Cancelled(ON),
        new RegisterEvent.Assessed(ON.plusDays(1), true));
    assertEquals("/events/1", closed.getError().head().path().jsonPointer());
  }

  @Test
  void replayNeverThrowsAndAStatusAsAtADateUsesOnlyEarlierEvents() {
    qt().withExamples(300).forAll(LettingsGen.records()).checkAssert(r -> {
      Validation<Seq<Problem>, RegisterState> all = FLOW.replay(r);
      if (all.isInvalid()) {
        assertTrue(all.getError().head().path().jsonPointer().startsWith("/events/"));
        return;
      }
      for (RegisterEvent e : r.events()) {
        assertEquals(all.get().statusOn(e.on()), FLOW.asAt(r, e.on()).get().status());
      }
    });
  }

  @Test
  void noPersonalDataInEventsDecisionsOrProblems() {
    Application later = LettingsSamples.downsizer(ON);
    RegisterEvent change = new RegisterEvent.CircumstancesChanged(ON.plusDays(10), later.household(), later.needs(),
        later.conduct());
    assertTrue(!change.toString().contains("Hughes") && !change.toString().contains("Bryn"), change.toString());
    String decisions = BandingRule.assess(later, ON, LettingsPolicy.HCP_V1_12, HomelessnessStanding.none()).toString()
        + QualificationRule.assess(later, ON, LettingsPolicy.HCP_V1_12, HomelessnessStanding.none())
        + BedroomReport.of(later, ON, LettingsPolicy.HCP_V1_12) + later;
    assertTrue(!decisions.contains("Hughes") && !decisions.contains(later.household().applicant().dateOfBirth().toString()),
        decisions);
  }

  @Test
  void aChangeOfCircumstancesIsInForceFromItsDate() {
    Application later = LettingsSamples.downsizer(ON);
    ApplicationRecord r = ApplicationRecord.of(APP, List.of(new RegisterEvent.CircumstancesChanged(ON.plusDays(10),
        later.household(), later.needs(), later.conduct())));
    assertEquals(APP.household(), r.factsOn(ON.plusDays(9)).household());
    assertEquals(later.household(), r.factsOn(ON.plusDays(10)).household());
  }
}
