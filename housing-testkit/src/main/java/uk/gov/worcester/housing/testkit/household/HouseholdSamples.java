package uk.gov.worcester.housing.testkit.household;

import java.time.LocalDate;
import uk.gov.worcester.housing.core.common.Address;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.common.Postcode;
import uk.gov.worcester.housing.core.common.Ward;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.EducationStatus;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;

/**
 * Realistic sample households for tests and examples, each recorded on a date the caller gives.
 * Names are invented.
 */
public final class HouseholdSamples {
  private HouseholdSamples() {}

  /**
   * The Morgans: a couple with a 7 year old and a 16 year old at sixth-form college, renting
   * privately on an assured shorthold tenancy, living in Worcester for six years. Their ward is
   * Gorse Hill when recorded up to 1 May 2024 and Warndon and Elbury Park (Gorse Hill and Warndon
   * merged) from 2 May 2024; the street is illustrative, not checked against the new boundaries.
   */
  public static Household familyInPrivateRent(LocalDate recordedOn) {
    return Household.builder()
        .id(HouseholdId.of("HH-1001"))
        .recordedOn(recordedOn)
        .addMembers(adult("P-1", "Alex Morgan", recordedOn.minusYears(38).minusDays(40), Sex.FEMALE, Relationship.APPLICANT))
        .addMembers(adult("P-2", "Chris Morgan", recordedOn.minusYears(40).minusDays(100), Sex.MALE, Relationship.PARTNER))
        .addMembers(Person.builder().id(PersonId.of("P-3")).name("Sam Morgan")
            .dateOfBirth(recordedOn.minusYears(7).minusDays(12)).sex(Sex.MALE).relationship(Relationship.CHILD).build())
        .addMembers(Person.builder().id(PersonId.of("P-4")).name("Jo Morgan")
            .dateOfBirth(recordedOn.minusYears(16).minusDays(200)).sex(Sex.FEMALE).relationship(Relationship.CHILD)
            .education(EducationStatus.FULL_TIME_NON_ADVANCED).build())
        .currentHome(CurrentHome.builder().tenure(Tenure.PRIVATE_ASSURED_SHORTHOLD).propertyType(PropertyType.HOUSE)
            .bedrooms(2).since(recordedOn.minusYears(4)).build())
        .weeklyIncome(Money.of("412.50"))
        .savings(Money.of("350.00"))
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(recordedOn.minusYears(6))))
        .address(Address.builder().addLines("14 Tolladine Road").town("Worcester").postcode(Postcode.of("WR4 9AB")).build())
        .ward(Ward.GORSE_HILL.inForceOn(recordedOn) ? Ward.GORSE_HILL : Ward.WARNDON_AND_ELBURY_PARK)
        .build();
  }

  /** Jordan, 17, living with a parent in Worcester, not in education, no income of their own. */
  public static Household seventeenYearOldAtHome(LocalDate recordedOn) {
    return Household.builder()
        .id(HouseholdId.of("HH-1002"))
        .recordedOn(recordedOn)
        .addMembers(adult("P-1", "Jordan Price", recordedOn.minusYears(17).minusDays(90), Sex.MALE, Relationship.APPLICANT))
        .currentHome(CurrentHome.of(Tenure.LIVING_WITH_FAMILY, PropertyType.HOUSE, 3))
        .weeklyIncome(Money.ZERO)
        .savings(Money.ZERO)
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(recordedOn.minusYears(17))))
        .addFamilyAssociations(FamilyAssociation.of(FamilyAssociation.Relative.PARENT, LocalAuthority.WORCESTER,
            recordedOn.minusYears(20)))
        .ward(Ward.RAINBOW_HILL)
        .build();
  }

  /**
   * Dana, 29, with no children, living with a partner (not part of the application) in a council
   * home in Wychavon, who has family in Worcester and asks Worcester for help.
   */
  public static Household singleAdultLeavingPartner(LocalDate recordedOn) {
    return Household.builder()
        .id(HouseholdId.of("HH-1003"))
        .recordedOn(recordedOn)
        .addMembers(adult("P-1", "Dana Hughes", recordedOn.minusYears(29).minusDays(10), Sex.FEMALE, Relationship.APPLICANT))
        .currentHome(CurrentHome.of(Tenure.COUNCIL_TENANT, PropertyType.FLAT, 1))
        .weeklyIncome(Money.of("230.00"))
        .savings(Money.of("120.00"))
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WYCHAVON, DateRange.from(recordedOn.minusYears(3))))
        .addFamilyAssociations(FamilyAssociation.of(FamilyAssociation.Relative.PARENT, LocalAuthority.WORCESTER,
            recordedOn.minusYears(25)))
        .build();
  }

  /** Kim, 45, sleeping rough in the city centre, no local history recorded. */
  public static Household roughSleeper(LocalDate recordedOn) {
    return Household.builder()
        .id(HouseholdId.of("HH-1004"))
        .recordedOn(recordedOn)
        .addMembers(adult("P-1", "Kim Taylor", recordedOn.minusYears(45), Sex.MALE, Relationship.APPLICANT))
        .currentHome(CurrentHome.of(Tenure.ROUGH_SLEEPING, PropertyType.NONE, 0))
        .weeklyIncome(Money.ZERO)
        .savings(Money.ZERO)
        .build();
  }

  /** Riley, 22, staying on friends' sofas in Worcester, with no children recorded. */
  public static Household youngWomanSofaSurfing(LocalDate recordedOn) {
    return Household.builder()
        .id(HouseholdId.of("HH-1005"))
        .recordedOn(recordedOn)
        .addMembers(adult("P-1", "Riley Evans", recordedOn.minusYears(22).minusDays(30), Sex.FEMALE, Relationship.APPLICANT))
        .currentHome(CurrentHome.of(Tenure.LIVING_WITH_FRIENDS, PropertyType.FLAT, 1))
        .weeklyIncome(Money.of("95.00"))
        .savings(Money.ZERO)
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(recordedOn.minusYears(5))))
        .build();
  }

  private static Person adult(String id, String name, LocalDate dob, Sex sex, Relationship relationship) {
    return Person.builder().id(PersonId.of(id)).name(name).dateOfBirth(dob).sex(sex).relationship(relationship).build();
  }
}
