package uk.gov.worcester.housing.rules.homelessness;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.homelessness.CaseRecord;
import uk.gov.worcester.housing.testkit.homelessness.CaseLoadSamples;

class CaseLoadSamplesTest {
  @Test
  void everyStoryOfTheScaleCaseLoadIsLawful() {
    for (int i = 0; i < 50; i++) {
      CaseRecord r = CaseLoadSamples.caseRecord(i, LocalDate.of(2024, 1, 1), 180);
      var replayed = CaseWorkflow.worcester().replay(r);
      assertTrue(replayed.isValid(), "story " + i % CaseLoadSamples.STORIES + ": "
          + (replayed.isInvalid() ? replayed.getError().mkString("; ") : ""));
    }
  }
}
