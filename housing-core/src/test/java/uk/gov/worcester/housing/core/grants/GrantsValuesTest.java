package uk.gov.worcester.housing.core.grants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.FinancialYear;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.common.Ward;

/** The grants values: their rules, their problems with paths, and no free text in toString(). */
class GrantsValuesTest {
  static ApplicantGroup group() {
    return ApplicantGroup.builder().reference(GroupReference.of("GRP-1")).name("Pat Jones's Friends")
        .type(OrganisationType.COMMUNITY_GROUP).hasTermsOfReference(true).members(5).youngestMemberAge(14).build();
  }

  static Project project() {
    return Project.builder().summary("Secret garden at 14 Tolladine Road").addWards(Ward.GORSE_HILL)
        .identifiedNeed("Mrs Smith's survey").startsOn(LocalDate.of(2016, 10, 1)).endsOn(LocalDate.of(2017, 3, 1))
        .expectedBeneficiaries(10).build();
  }

  static GrantApplication application() {
    return GrantApplication.builder().reference(GrantReference.of("OHP-1")).scheme(GrantScheme.OUR_HAPPY_PLACE)
        .receivedOn(LocalDate.of(2016, 9, 1)).group(group()).project(project()).requested(Money.ofPounds(500))
        .addMatch(new MatchContribution.Donation(ContributionKind.DONATED_GOODS, Money.ofPounds(50),
            Optional.of("Receipt from Mr Brown")))
        .build();
  }

  @Test
  void toStringNeverShowsNamesOrFreeText() {
    GrantRecord r = GrantRecord.of(application(), List.of(new GrantEvent.MonitoringReturned(LocalDate.of(2017, 3, 2),
        MonitoringReturn.builder().delivered(true).spent(Money.ZERO).volunteers(1).volunteerHours(BigDecimal.ONE)
            .peopleBenefitted(2).outcomes("Mrs Smith loved it").build())));
    String text = r.toString();
    for (String personal : List.of("Pat Jones", "Tolladine", "Mrs Smith", "Mr Brown")) {
      assertFalse(text.contains(personal), personal + " in " + text);
    }
    assertTrue(text.contains("OHP-1"), text);
  }

  @Test
  void matchLinesCheckTheirValues() {
    var hours = Validated.build(() -> new MatchContribution.VolunteerTime(0, new BigDecimal("1.234"), SkillLevel.GENERAL));
    assertEquals(List.of("volunteers OUT_OF_RANGE", "hours INVALID_FORMAT"), hours.getError()
        .map(p -> p.path().toString().substring(1) + " " + p.code()).toJavaList());
    assertEquals("NOT_ALLOWED", Validated.build(() -> new MatchContribution.Expertise(BigDecimal.TEN,
        SkillLevel.GENERAL)).getError().head().code());
    assertEquals("NOT_ALLOWED", Validated.build(() -> new MatchContribution.Donation(ContributionKind.CASH,
        Money.ofPounds(1), Optional.empty())).getError().head().code());
    assertEquals("OUT_OF_RANGE", Validated.build(() -> new MatchContribution.Cash(Money.ZERO)).getError().head().code());
    assertEquals(new BigDecimal("2.50"), new MatchContribution.Expertise(new BigDecimal("2.5"), SkillLevel.SKILLED)
        .hours(), "hours are kept to two places, so equal values are equal");
  }

  @Test
  void aProjectNamesEachWardOnce_andEndsNoEarlierThanItStarts() {
    var bad = Validated.build(() -> Project.builder().from(project()).wards(List.of(Ward.GORSE_HILL, Ward.GORSE_HILL))
        .endsOn(LocalDate.of(2016, 9, 30)).build());
    List<String> found = bad.getError().map(Problem::toString).toJavaList();
    assertTrue(found.contains("/endsOn INCONSISTENT: a project cannot end before it starts"), found.toString());
    assertTrue(found.stream().anyMatch(p -> p.startsWith("/wards/1 DUPLICATE")), found.toString());
  }

  @Test
  void anApplicationsWardsAreInForceWhenItIsReceived_andOnlyARoundBidNamesARound() {
    var late = Validated.build(() -> GrantApplication.builder().from(application())
        .receivedOn(LocalDate.of(2024, 5, 2)).build());
    assertEquals("/project/wards/0", late.getError().head().path().jsonPointer());
    assertEquals(Ward.NOT_IN_FORCE, late.getError().head().code());
    var round = Validated.build(() -> GrantApplication.builder().from(application()).round("X-2024").build());
    assertEquals("INCONSISTENT", round.getError().head().code());
    assertThrows(InvalidValueException.class, () -> GrantApplication.builder().from(application())
        .requested(Money.ZERO).build());
  }

  @Test
  void financialYearsRunAprilToMarch() {
    assertEquals("2016/17", FinancialYear.containing(LocalDate.of(2017, 3, 31)).toString());
    assertEquals("2017/18", FinancialYear.containing(LocalDate.of(2017, 4, 1)).toString());
    assertEquals(FinancialYear.starting(1999), FinancialYear.parse("1999/00").get());
    for (String bad : List.of("2016/18", "2016-17", "", "16/17", "1899/00")) {
      assertTrue(FinancialYear.parse(bad).isInvalid(), bad);
    }
    assertTrue(FinancialYear.parse(null).isInvalid());
  }
}
