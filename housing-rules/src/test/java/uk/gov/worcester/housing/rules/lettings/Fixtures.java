package uk.gov.worcester.housing.rules.lettings;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.homelessness.DutyKind;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.rules.homelessness.Duty;
import uk.gov.worcester.housing.rules.homelessness.ImmutableDuty;

/** Small builders for worked cases: "a couple, a boy of 12, a girl of 9" reads as it is written. */
final class Fixtures {
  static final LocalDate ON = LocalDate.of(2024, 6, 3);
  static final LettingsPolicy POLICY = LettingsPolicy.HCP_V1_12;

  private Fixtures() {}

  /** A member: "A36F" is the applicant aged 36, female; "P38M" a partner; "C12M" a child; "O25F" another adult. */
  static Household household(int bedrooms, String... members) {
    return household(Tenure.PRIVATE_ASSURED_SHORTHOLD, bedrooms, members);
  }

  static Household household(Tenure tenure, int bedrooms, String... members) {
    ImmutableHousehold.Builder b = Household.builder().id(HouseholdId.of("HH-1")).recordedOn(ON)
        .currentHome(CurrentHome.builder().tenure(tenure).propertyType(PropertyType.HOUSE).bedrooms(bedrooms).build())
        .weeklyIncome(Money.of("300.00")).savings(Money.ZERO)
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(ON.minusYears(5))));
    int i = 1;
    for (String m : members) {
      b.addMembers(person("P-" + i++, m));
    }
    return b.build();
  }

  static Person person(String id, String code) {
    Relationship r = switch (code.charAt(0)) {
      case 'A' -> Relationship.APPLICANT;
      case 'P' -> Relationship.PARTNER;
      case 'C' -> Relationship.CHILD;
      default -> Relationship.OTHER_RELATIVE;
    };
    int age = Integer.parseInt(code.substring(1, code.length() - 1));
    Sex sex = code.endsWith("M") ? Sex.MALE : Sex.FEMALE;
    return Person.builder().id(PersonId.of(id)).name("Sample Person").dateOfBirth(ON.minusYears(age).minusDays(10))
        .sex(sex).relationship(r).build();
  }

  static Application application(Household h) {
    return Application.builder().id(ApplicationId.of("HCP-1")).household(h).registeredOn(ON).build();
  }

  static Duty duty(DutyKind kind, LocalDate start) {
    return ImmutableDuty.builder().kind(kind).startedOn(start).build();
  }

  static List<String> codes(uk.gov.worcester.housing.rules.common.Decision<?> d) {
    List<String> out = new ArrayList<>();
    d.reasons().forEach(r -> out.add(r.code()));
    return out;
  }
}
