package uk.gov.worcester.housing.rules.privatesector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.privatesector.HazardJudgement;
import uk.gov.worcester.housing.rules.common.Decision;
import uk.gov.worcester.housing.testkit.privatesector.PrivateSectorSamples;

class EnforcementRuleTest {
  static final LocalDate AS_AT = LocalDate.of(2025, 1, 20);

  static Decision<EnforcementOptions> assess(HazardJudgement j, LocalDate asAt) {
    return EnforcementRule.assess(j, HhsrsRule.score(j), asAt,
        EnforcementPolicy.WORCESTER.inForceOn(asAt).get());
  }

  @Test
  void s5Category1DutyOpensEveryNonEmergencyCourse() {
    Decision<EnforcementOptions> d = assess(PrivateSectorSamples.excessCold(), AS_AT);
    assertTrue(d.outcome().duty());
    assertEquals(List.of(CourseOfAction.IMPROVEMENT_NOTICE, CourseOfAction.PROHIBITION_ORDER,
        CourseOfAction.HAZARD_AWARENESS_NOTICE, CourseOfAction.DEMOLITION_ORDER, CourseOfAction.CLEARANCE_AREA),
        d.outcome().open());
    assertEquals(CourseOfAction.IMPROVEMENT_NOTICE, d.outcome().suggested());
    assertTrue(d.hasReason("DUTY_TO_ACT"));
    assertTrue(d.hasReason("STATEMENT_OF_REASONS"));
  }

  @Test
  void ss40And43ImminentRiskOpensEmergencyAction() {
    HazardJudgement j = HazardJudgement.builder().from(PrivateSectorSamples.excessCold()).imminentRiskOfSeriousHarm(true)
        .build();
    Decision<EnforcementOptions> d = assess(j, AS_AT);
    assertTrue(d.outcome().open().contains(CourseOfAction.EMERGENCY_REMEDIAL_ACTION));
    assertTrue(d.outcome().open().contains(CourseOfAction.EMERGENCY_PROHIBITION_ORDER));
    assertEquals(CourseOfAction.EMERGENCY_REMEDIAL_ACTION, d.outcome().suggested());
  }

  @Test
  void s7Category2PowerNeverOpensEmergencyActionOrDemolitionUnlessPrescribed() {
    HazardJudgement j = HazardJudgement.builder().from(PrivateSectorSamples.stairs()).imminentRiskOfSeriousHarm(true)
        .build();
    Decision<EnforcementOptions> d = assess(j, AS_AT);
    assertFalse(d.outcome().duty());
    assertEquals(List.of(CourseOfAction.IMPROVEMENT_NOTICE, CourseOfAction.PROHIBITION_ORDER,
        CourseOfAction.HAZARD_AWARENESS_NOTICE), d.outcome().open());
    assertEquals(CourseOfAction.HAZARD_AWARENESS_NOTICE, d.outcome().suggested(), "band H is below band D");
    HazardJudgement prescribed = HazardJudgement.builder().from(j).demolitionCircumstancesPrescribed(true).build();
    assertTrue(assess(prescribed, AS_AT).outcome().open().contains(CourseOfAction.DEMOLITION_ORDER));
  }

  @Test
  void s249aCivilPenaltyMaximumIsDated() {
    assertEquals(Money.ofPounds(30_000), assess(PrivateSectorSamples.excessCold(), AS_AT).outcome()
        .civilPenaltyMaximum().orElseThrow());
    assertTrue(assess(PrivateSectorSamples.excessCold(), LocalDate.of(2017, 4, 5)).outcome().civilPenaltyMaximum()
        .isEmpty(), "before 6 April 2017 there were no civil penalties");
  }

  @Test
  void eachCourseStatesItsSectionServiceTimeLimitsAndAppeal() {
    for (CourseOfAction c : CourseOfAction.values()) {
      assertTrue(c.provision(HazardCategory.CATEGORY_1).isPresent(), c + " is open for Category 1");
      assertFalse(c.servedOn().isBlank());
      assertFalse(c.timeLimits().isBlank());
      assertFalse(c.appeal().isBlank());
      assertEquals(c.emergency(), c.provision(HazardCategory.CATEGORY_2).isEmpty());
    }
    assertEquals("HA 2004 s.11", CourseOfAction.IMPROVEMENT_NOTICE.provision(HazardCategory.CATEGORY_1).get().text());
    assertEquals("HA 2004 s.12", CourseOfAction.IMPROVEMENT_NOTICE.provision(HazardCategory.CATEGORY_2).get().text());
    assertEquals(21, CourseOfAction.IMPROVEMENT_NOTICE.appealDays());
  }

  @Test
  void s269_1_demolitionOrderAppealWithin28DaysOfTheOrder() {
    CourseOfAction d = CourseOfAction.DEMOLITION_ORDER;
    assertEquals(28, d.appealDays());
    assertTrue(d.appeal().contains("28 days beginning with the day the order is made (HA 1985 s.269(1))"), d.appeal());
    assertTrue(d.appeal().contains("three years or less to run (s.269(2))"), d.appeal());
    assertTrue(d.timeLimits().contains("end of 28 days beginning with the day it is made"), d.timeLimits());
  }

  @Test
  void s7_2_dToE_category2DemolitionUnderS265_3Or4AndClearanceUnderS289_2ZB() {
    assertEquals("HA 1985 s.265(1), (2)", CourseOfAction.DEMOLITION_ORDER.provision(HazardCategory.CATEGORY_1).get().text());
    assertEquals("HA 1985 s.265(3), (4)", CourseOfAction.DEMOLITION_ORDER.provision(HazardCategory.CATEGORY_2).get().text());
    assertEquals("HA 1985 s.289(2)", CourseOfAction.CLEARANCE_AREA.provision(HazardCategory.CATEGORY_1).get().text());
    assertEquals("HA 1985 s.289(2ZB)", CourseOfAction.CLEARANCE_AREA.provision(HazardCategory.CATEGORY_2).get().text());
    assertTrue(CourseOfAction.CLEARANCE_AREA.servedOn().contains("s.289(2B)"));
  }

  @Test
  void sch1Paras1To5_improvementNoticeOnALicensedHmoIsServedOnTheLicenceHolderOnly() {
    String on = CourseOfAction.IMPROVEMENT_NOTICE.servedOn();
    assertTrue(on.startsWith("A licensed HMO or Part 3 house: the licence holder only."), on);
    assertTrue(on.contains("a flat, an owner who ought to take the action"), on);
    assertTrue(on.contains("common parts, an owner who ought to take the action"), on);
    assertTrue(on.contains("within 7 days"), on);
    assertFalse(on.contains("licence holder or manager"), on);
  }

  @Test
  void s45_3_a_emergencyRemedialActionAppealRunsFromTheStartDateInTheS41Notice() {
    assertTrue(CourseOfAction.EMERGENCY_REMEDIAL_ACTION.appeal().contains("28 days beginning with the date specified "
        + "in the s.41 notice as the date the action was (or was to be) started (s.45(3)(a))"));
  }

  @Test
  void ss28_7And29_7And43_4_citationsOfServiceAreTheActs() {
    assertTrue(CourseOfAction.HAZARD_AWARENESS_NOTICE.servedOn().contains("ss.28(7), 29(7)"));
    assertTrue(CourseOfAction.EMERGENCY_PROHIBITION_ORDER.servedOn().contains("if that is not possible, as soon after "
        + "that day as is possible (s.43(4)"));
  }
}
