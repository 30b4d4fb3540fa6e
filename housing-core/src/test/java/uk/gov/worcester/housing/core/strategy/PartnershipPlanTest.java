package uk.gov.worcester.housing.core.strategy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.InvalidValueException;

/** The plan's invariants: unique codes, references that resolve, years within the plan; problems name the field. */
class PartnershipPlanTest {
  static final FinancialYear Y2 = FinancialYear.starting(2018);
  static final PlanSource STATED = PlanSource.stated(Citation.of("Communities Committee report, 24 July 2019", "para 2.1"));

  static ImmutablePartnershipPlan.Builder plan() {
    return PartnershipPlan.builder().name("Worcestershire Housing Partnership Plan")
        .partnership("Worcestershire Strategic Housing Partnership").version("WORCESTERSHIRE-HPP/2017")
        .effectiveFrom(LocalDate.of(2017, 4, 1)).approvedBy("Cabinet").approvedIn(YearMonth.of(2017, 3))
        .addPriorities(Priority.builder().code("P1").title("Improve homes and, \"transform places\"")
            .summary("Homes and places.").source(STATED).build())
        .addOutcomes(CityPlanOutcome.builder().code("CP-ASSETS").title("Sustaining and Improving Our Assets")
            .source(STATED).build())
        .addPartners(PartnerAgency.of("ASC", "Adult Social Care"), PartnerAgency.of("DISTRICTS", "The districts"));
  }

  static ImmutablePlanAction.Builder action(String code) {
    return PlanAction.builder().code(code).title("An action").priority("P1").owner("ASC")
        .targetDate(LocalDate.of(2019, 3, 31)).source(PlanSource.illustrative("Example."));
  }

  static List<String> problems(Runnable build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::run);
    return e.problems().map(p -> p.path() + " " + p.code()).toJavaList();
  }

  @Test
  void para2_3_thePlanTakesEffectFrom1April2017_soItsFirstReportingYearIs2017_18() {
    PartnershipPlan p = plan().build();
    assertEquals(FinancialYear.starting(2017), p.firstYear());
  }

  @Test
  void anActionsPriorityOwnerPartnersAndOutcomesMustBeItemsOfThePlan() {
    List<String> found = problems(() -> plan().addActions(action("A1").priority("P9").owner("NHS")
        .addPartners("DISTRICTS", "CRC").addOutcomes("CP-ASSETS", "CP-GONE").build()).build());
    assertEquals(List.of("/actions/0/priority UNKNOWN_REFERENCE", "/actions/0/outcomes/1 UNKNOWN_REFERENCE",
        "/actions/0/owner UNKNOWN_REFERENCE", "/actions/0/partners/1 UNKNOWN_REFERENCE"), found);
  }

  @Test
  void codesAreUniqueWithinTheirList() {
    List<String> found = problems(() -> plan().addActions(action("A1").build(), action("A1").build())
        .addPartners(PartnerAgency.of("ASC", "Again")).build());
    assertEquals(List.of("/partners/2/code DUPLICATE", "/actions/1/code DUPLICATE"), found);
  }

  @Test
  void anIndicatorsPriorityMustResolve_andItsTargetsAreOneAYearFromThePlansFirstYear() {
    assertEquals(List.of("/indicators/0/priority UNKNOWN_REFERENCE", "/indicators/0/targets/0/year OUT_OF_RANGE"),
        problems(() -> plan().addIndicators(Indicator.builder().code("I1").title("Prevented").priority("P2")
            .method(new IndicatorMethod.Computed(Measure.HOUSEHOLDS_PREVENTED)).direction(Direction.HIGHER_IS_BETTER)
            .addTargets(YearValue.of(FinancialYear.starting(2016), 10)).source(STATED).build()).build()));
    assertEquals(List.of("/targets/1/year DUPLICATE"), problems(() -> Indicator.builder().code("I1").title("t")
        .priority("P1").method(new IndicatorMethod.Computed(Measure.HOUSEHOLDS_PREVENTED))
        .direction(Direction.HIGHER_IS_BETTER).addTargets(YearValue.of(Y2, 1), YearValue.of(Y2, 2)).source(STATED)
        .build()));
  }

  @Test
  void aCountTargetIsWhole_andAFigureIsNeverNegative() {
    assertEquals(List.of("/targets/0/value INVALID_FORMAT"), problems(() -> Indicator.builder().code("I1").title("t")
        .priority("P1").method(new IndicatorMethod.Computed(Measure.LETTINGS)).direction(Direction.HIGHER_IS_BETTER)
        .addTargets(new YearValue(Y2, new BigDecimal("10.5"))).source(STATED).build()));
    assertThrows(InvalidValueException.class, () -> new YearValue(Y2, new BigDecimal("-1")));
  }

  @Test
  void anActionHasOneProgressEntryAYear_andItsOwnerIsNotAlsoAPartner() {
    assertEquals(List.of("/progress/1/year DUPLICATE", "/partners/0 DUPLICATE"), problems(() -> action("A1")
        .addProgress(ActionProgress.of(Y2, ActionStatus.IN_PROGRESS, RagRating.GREEN, "ok"),
            ActionProgress.of(Y2, ActionStatus.COMPLETED, RagRating.GREEN, "done"))
        .addPartners("ASC").build()));
  }

  @Test
  void aNotesPriorityMustResolve_andAPlanWideNoteHasNone() {
    ProgressNote planWide = ProgressNote.builder().kind(NoteKind.RISK).year(Y2).text("A risk.").source(STATED).build();
    PartnershipPlan p = plan().addNotes(planWide).build();
    assertEquals(List.of(planWide), p.notes(NoteKind.RISK, Y2, java.util.Optional.empty()));
    assertEquals(List.of("/notes/0/priority UNKNOWN_REFERENCE"), problems(() -> plan()
        .addNotes(ProgressNote.builder().from(planWide).priority("P7").build()).build()));
  }

  @Test
  void aStatedItemCitesItsParagraph_andAnIllustrativeOneSaysSo() {
    assertEquals(List.of("/citation REQUIRED"), problems(() -> PlanSource.builder().kind(SourceKind.STATED).build()));
    assertEquals(List.of("/note REQUIRED"), problems(() -> PlanSource.builder().kind(SourceKind.ILLUSTRATIVE).build()));
    assertTrue(PlanSource.illustrative("x").isIllustrativeOrUnconfirmed());
  }

  @Test
  void aPlanIsApprovedBeforeItTakesEffect_andHasAPriority() {
    assertEquals(List.of("/approvedIn INCONSISTENT"), problems(() -> plan().approvedIn(YearMonth.of(2017, 5)).build()));
    assertEquals(List.of("/priorities REQUIRED"), problems(() -> plan().priorities(List.of()).build()));
  }

  @Test
  void absurdSizesAreProblems_notSlowChecks() {
    var b = plan();
    for (int i = 0; i <= PartnershipPlan.MAX_ACTIONS; i++) {
      b.addActions(action("A" + i).build());
    }
    assertEquals(List.of("/actions TOO_MANY"), problems(b::build));
  }

  @Test
  void badCodesAreProblemsAtTheirField() {
    assertEquals(List.of("/code INVALID_FORMAT"), problems(() -> PartnerAgency.of("lower case", "x")));
    assertTrue(PlanCodes.isCode("HPP-A01"));
  }
}
