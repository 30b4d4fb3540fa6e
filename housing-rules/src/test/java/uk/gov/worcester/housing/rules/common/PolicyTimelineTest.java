package uk.gov.worcester.housing.rules.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Path;

class PolicyTimelineTest {
  record Version(String version, LocalDate effectiveFrom) implements Policy {}

  static final Version V1 = new Version("v1", LocalDate.of(2018, 4, 3));
  static final Version V2 = new Version("v2", LocalDate.of(2021, 7, 5));

  @Test
  void theVersionInForceIsTheLatestThatHadTakenEffect() {
    PolicyTimeline<Version> t = PolicyTimeline.of(List.of(V2, V1));
    assertTrue(t.inForceOn(LocalDate.of(2018, 4, 2)).isEmpty());
    assertEquals(V1, t.inForceOn(LocalDate.of(2018, 4, 3)).get());
    assertEquals(V1, t.inForceOn(LocalDate.of(2021, 7, 4)).get());
    assertEquals(V2, t.inForceOn(LocalDate.of(2021, 7, 5)).get());
    assertEquals(PolicyTimeline.NO_POLICY_IN_FORCE,
        t.requireInForceOn(LocalDate.of(2017, 1, 1), Path.of("asAt")).getError().head().code());
  }

  @Test
  void twoVersionsCannotStartTheSameDay() {
    assertThrows(InvalidValueException.class,
        () -> PolicyTimeline.of(List.of(V1, new Version("v1b", V1.effectiveFrom()))));
  }

  @Test
  void aDecisionCarriesItsReasonsAndTheVersionApplied() {
    Decision<Boolean> d = Decision.of(true, LocalDate.of(2024, 1, 1), V2,
        List.of(Reason.of("DEPENDENT_CHILDREN", "Dependent children live with the applicant.",
            Citation.of("HA 1996", "s.189(1)(b)"))));
    assertEquals("v2", d.appliedVersion());
    assertTrue(d.hasReason("DEPENDENT_CHILDREN"));
    assertEquals("yes", d.map(b -> b ? "yes" : "no").outcome());
    assertThrows(InvalidValueException.class, () -> Reason.of("lower", "text", Citation.of("HA 1996", "s.1")));
  }
}
