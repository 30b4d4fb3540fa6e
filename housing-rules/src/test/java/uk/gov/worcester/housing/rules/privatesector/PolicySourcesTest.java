package uk.gov.worcester.housing.rules.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.rules.common.FigureSource;

class PolicySourcesTest {
  @Test
  void everyFigureOfTheDefaultPoliciesSaysWhereItComesFrom() {
    assertEquals(Set.of("civilPenaltyMaximum", "category2ImprovementNoticeFrom"),
        EnforcementPolicy.CIVIL_PENALTIES_2017.sources().keySet());
    assertEquals(Set.of("mandatoryMinimumOccupants", "mandatoryMinimumHouseholds", "oneSleeperAged10OrOver",
        "twoSleepersAged10OrOver", "oneSleeperUnder10", "maximumLicenceYears", "gasSafetyRecordMonths",
        "electricalReportYears", "schemes"), HmoLicensingPolicy.WORCESTER_2018.sources().keySet());
    assertEquals(Set.of("maximumGrant", "capitalDisregard", "tariffCapitalStep", "tariffIncomePerStep",
        "ownerLoanFactor", "tenantLoanFactor", "decisionMonths"), DfgPolicy.ENGLAND_2008.sources().keySet());
  }

  @Test
  void theLoanFactorPlaceholdersAreMarkedUnconfirmed() {
    FigureSource owner = DfgPolicy.ENGLAND_2008.sources().get("ownerLoanFactor");
    assertTrue(owner.unconfirmed());
    assertTrue(owner.note().orElseThrow().contains("Placeholder"));
  }

  @Test
  void aDecisionUsesThePolicyVersionInForceOnItsDate() {
    assertEquals("HA2004-P1/2006-04-06", EnforcementPolicy.WORCESTER.inForceOn(LocalDate.of(2017, 4, 5)).get().version());
    assertEquals("HA2004-s249A/2017-04-06",
        EnforcementPolicy.WORCESTER.inForceOn(LocalDate.of(2017, 4, 6)).get().version());
    assertTrue(HmoLicensingPolicy.WORCESTER.inForceOn(LocalDate.of(2018, 9, 30)).isEmpty());
  }
}
