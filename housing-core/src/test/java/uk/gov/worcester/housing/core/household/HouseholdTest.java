package uk.gov.worcester.housing.core.household;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.InvalidValueException;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;

class HouseholdTest {
  static final LocalDate RECORDED = LocalDate.of(2024, 5, 1);

  static ImmutablePerson.Builder person(String id, Relationship relationship, LocalDate dob) {
    return Person.builder().id(PersonId.of(id)).name("Name " + id).dateOfBirth(dob).sex(Sex.FEMALE)
        .relationship(relationship);
  }

  static ImmutableHousehold.Builder household(Person... members) {
    return Household.builder().id(HouseholdId.of("HH-1")).recordedOn(RECORDED).addMembers(members)
        .currentHome(CurrentHome.of(Tenure.PRIVATE_ASSURED_SHORTHOLD, PropertyType.FLAT, 2))
        .weeklyIncome(Money.of("300.00")).savings(Money.ZERO);
  }

  static Person applicant() {
    return person("P-1", Relationship.APPLICANT, LocalDate.of(1990, 6, 1)).build();
  }

  static List<String> paths(List<Problem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.code()).toList();
  }

  @Test
  void aChildUnderSixteenIsDependent() {
    Household h = household(applicant(), person("C", Relationship.CHILD, LocalDate.of(2008, 5, 2)).build()).build();
    assertEquals(1, h.dependentChildrenOn(RECORDED).size(), "15 the day before the 16th birthday");
    assertEquals(0, h.dependentChildrenOn(LocalDate.of(2024, 5, 2)).size(), "16 and not in education");
  }

  @Test
  void aSixteenToEighteenYearOldIsDependentOnlyInFullTimeNonAdvancedEducationOrTraining() {
    LocalDate dob = LocalDate.of(2007, 1, 1);
    for (EducationStatus status : EducationStatus.values()) {
      Household h = household(applicant(), person("C", Relationship.CHILD, dob).education(status).build()).build();
      boolean expected = status == EducationStatus.FULL_TIME_NON_ADVANCED || status == EducationStatus.APPROVED_TRAINING;
      assertEquals(expected ? 1 : 0, h.dependentChildrenOn(RECORDED).size(), status.name());
      assertEquals(expected ? 1 : 0, h.dependentChildrenOn(LocalDate.of(2025, 12, 31)).size(), "aged 18: " + status);
      assertEquals(0, h.dependentChildrenOn(LocalDate.of(2026, 1, 1)).size(), "aged 19: " + status);
    }
  }

  @Test
  void theApplicantAndPartnerAreNeverDependentChildren() {
    Household h = household(person("P-1", Relationship.APPLICANT, LocalDate.of(2008, 1, 1)).build(),
        person("P-2", Relationship.PARTNER, LocalDate.of(2008, 2, 1)).build()).build();
    assertEquals(0, h.dependentChildrenOn(RECORDED).size());
    assertEquals(1, h.couples().size());
  }

  @Test
  void agesTurnOnBirthdaysAndLeapDayBirthdaysTurnOnTheFirstOfMarch() {
    Person leap = person("P-1", Relationship.APPLICANT, LocalDate.of(2008, 2, 29)).build();
    assertEquals(15, leap.ageOn(LocalDate.of(2024, 2, 28)));
    assertEquals(16, leap.ageOn(LocalDate.of(2024, 2, 29)));
    assertEquals(16, leap.ageOn(LocalDate.of(2025, 2, 28)), "in a common year the 28th of February");
    assertEquals(0, leap.ageOn(LocalDate.of(2000, 1, 1)), "never negative");
  }

  @Test
  void thePregnancyCountsUntilFourteenDaysAfterTheExpectedDate() {
    Person p = person("P-1", Relationship.APPLICANT, LocalDate.of(1995, 1, 1)).pregnant(true)
        .expectedDeliveryDate(LocalDate.of(2024, 9, 1)).build();
    Household h = household(p).build();
    assertEquals(1, h.pregnantOn(LocalDate.of(2024, 9, 15)).size());
    assertEquals(0, h.pregnantOn(LocalDate.of(2024, 9, 16)).size());
  }

  @Test
  void theProfileGathersTheDerivedFacts() {
    Household h = household(applicant(), person("P-2", Relationship.PARTNER, LocalDate.of(1989, 1, 1)).build(),
        person("C-1", Relationship.CHILD, LocalDate.of(2015, 1, 1)).build()).build();
    HouseholdProfile p = h.profileOn(RECORDED);
    assertEquals(3, p.members());
    assertEquals(2, p.adults());
    assertEquals(1, p.children());
    assertEquals(1, p.dependentChildren());
    assertEquals(1, p.couples());
    assertEquals(33, p.applicantAge());
    assertEquals(List.of(33, 35, 9), List.copyOf(p.ages().values()));
  }

  @Test
  void everyProblemIsReportedWithItsPath() {
    var result = Household.validate(household(
        person("P-1", Relationship.APPLICANT, RECORDED.plusDays(1)).build(),
        person("P-1", Relationship.APPLICANT, LocalDate.of(1990, 1, 1)).build(),
        person("P-3", Relationship.CHILD, LocalDate.of(2020, 1, 1)).partnerOf(PersonId.of("P-9")).build())
        .weeklyIncome(Money.of("-1.00")).savings(Money.of("-0.01"))
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(RECORDED.plusDays(3)))));
    assertEquals(List.of(
        "/members DUPLICATE",
        "/members/0/dateOfBirth FUTURE_DATE",
        "/members/1/id DUPLICATE",
        "/members/2/partnerOf UNKNOWN_REFERENCE",
        "/weeklyIncome OUT_OF_RANGE",
        "/savings OUT_OF_RANGE",
        "/residenceHistory/0/period FUTURE_DATE"), paths(result.getError().toJavaList()));
  }

  @Test
  void theWardMustBeInForceOnTheDateRecorded() {
    assertTrue(Household.validate(household(applicant()).ward(Ward.GORSE_HILL)).isValid(),
        "Gorse Hill's last day was 1 May 2024");
    assertTrue(Household.validate(household(applicant()).ward(Ward.CATHEDRAL)).isValid());
    var tooEarly = Household.validate(household(applicant()).ward(Ward.WARNDON_AND_ELBURY_PARK));
    assertEquals(List.of("/ward WARD_NOT_IN_FORCE"), paths(tooEarly.getError().toJavaList()));
    assertTrue(tooEarly.getError().head().message().contains("2024-05-02.."), tooEarly.getError().head().message());
    LocalDate afterElections = LocalDate.of(2024, 5, 2);
    var abolished = Household.validate(household(applicant()).recordedOn(afterElections).ward(Ward.GORSE_HILL));
    assertEquals(List.of("/ward WARD_NOT_IN_FORCE"), paths(abolished.getError().toJavaList()));
    assertTrue(Household.validate(household(applicant()).recordedOn(afterElections)
        .ward(Ward.WARNDON_AND_ELBURY_PARK)).isValid());
    assertTrue(Household.validate(household(applicant()).recordedOn(LocalDate.of(1999, 1, 1))
        .ward(Ward.of("HEADLESS_CROSS", "Headless Cross", LocalAuthority.REDDITCH))).isValid(),
        "another council's ward with no dates is in force on every day");
  }

  @Test
  void aHouseholdWithoutAnApplicantIsRefused() {
    var result = Household.validate(household(person("P-1", Relationship.CHILD, LocalDate.of(2020, 1, 1)).build()));
    assertEquals(List.of("/members REQUIRED"), paths(result.getError().toJavaList()));
  }

  @Test
  void aPregnancyNeedsAnExpectedDateAndADateNeedsAPregnancy() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> person("P-1", Relationship.APPLICANT, LocalDate.of(1990, 1, 1)).pregnant(true).build());
    assertEquals(List.of("/expectedDeliveryDate REQUIRED"), paths(e.problems().toJavaList()));
    e = assertThrows(InvalidValueException.class, () -> person("P-1", Relationship.APPLICANT, LocalDate.of(1990, 1, 1))
        .expectedDeliveryDate(LocalDate.of(2024, 6, 1)).build());
    assertEquals(List.of("/expectedDeliveryDate INCONSISTENT"), paths(e.problems().toJavaList()));
  }

  @Test
  void partnersNameEachOther() {
    Person a = person("P-5", Relationship.CHILD, LocalDate.of(2000, 1, 1)).partnerOf(PersonId.of("P-6")).build();
    Person b = person("P-6", Relationship.OTHER, LocalDate.of(2000, 1, 1)).partnerOf(PersonId.of("P-5")).build();
    Household h = household(applicant(), a, b).build();
    assertEquals(List.of(Couple.of(PersonId.of("P-5"), PersonId.of("P-6"))), h.couples());
    assertEquals(0, h.dependentChildrenOn(RECORDED).size());
    Person c = person("P-7", Relationship.OTHER, LocalDate.of(2000, 1, 1)).build();
    var result = Household.validate(household(applicant(), a, c));
    assertEquals(List.of("/members/1/partnerOf UNKNOWN_REFERENCE"), paths(result.getError().toJavaList()));
    Person d = person("P-8", Relationship.OTHER, LocalDate.of(2000, 1, 1)).build();
    Person e = person("P-9", Relationship.OTHER, LocalDate.of(2000, 1, 1)).partnerOf(PersonId.of("P-8")).build();
    assertEquals(List.of("/members/2/partnerOf INCONSISTENT"),
        paths(Household.validate(household(applicant(), d, e)).getError().toJavaList()), "named one way only");
  }

  @Test
  void toStringHidesNamesBirthDatesMoneyAndHealth() {
    Person p = person("P-1", Relationship.APPLICANT, LocalDate.of(1990, 6, 1)).name("Zofia Nowak")
        .addVulnerabilities(Vulnerability.of(VulnerabilityKind.MENTAL_ILLNESS, EvidenceSource.GP, RECORDED)).build();
    String text = household(p).weeklyIncome(Money.of("987.65")).build().toString();
    assertFalse(text.contains("Zofia"), text);
    assertFalse(text.contains("1990"), text);
    assertFalse(text.contains("987"), text);
    assertFalse(text.contains("MENTAL_ILLNESS"), text);
    assertTrue(text.contains("P-1"), text);
  }
}
