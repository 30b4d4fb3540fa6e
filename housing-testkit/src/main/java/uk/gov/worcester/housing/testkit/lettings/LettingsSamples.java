package uk.gov.worcester.housing.testkit.lettings;

import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.common.DateRange;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.LocalAuthority;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.lettings.Advert;
import uk.gov.worcester.housing.core.lettings.AdvertId;
import uk.gov.worcester.housing.core.lettings.Application;
import uk.gov.worcester.housing.core.lettings.ApplicationId;
import uk.gov.worcester.housing.core.lettings.NeedFact;
import uk.gov.worcester.housing.core.lettings.NeedKind;
import uk.gov.worcester.housing.core.lettings.Room;
import uk.gov.worcester.housing.core.lettings.RoomKind;
import uk.gov.worcester.housing.core.lettings.TenancyType;

/** Realistic sample applications and adverts for tests and examples. Names are invented. */
public final class LettingsSamples {
  private LettingsSamples() {}

  /**
   * The Okafors: a couple with a boy of 12, a girl of 9 and a boy of 4 in a two-bedroom private
   * let in Worcester, living there five years. The bedroom standard gives them three bedrooms
   * (the couple; the boys together; the girl), so they lack one: Gold, with a local connection.
   */
  public static Application overcrowdedFamily(LocalDate registeredOn) {
    Household h = Household.builder().id(HouseholdId.of("HH-2001")).recordedOn(registeredOn)
        .addMembers(person("P-1", "Ngozi Okafor", registeredOn.minusYears(36), Sex.FEMALE, Relationship.APPLICANT))
        .addMembers(person("P-2", "Daniel Okafor", registeredOn.minusYears(38), Sex.MALE, Relationship.PARTNER))
        .addMembers(person("P-3", "Tobi Okafor", registeredOn.minusYears(12).minusDays(30), Sex.MALE, Relationship.CHILD))
        .addMembers(person("P-4", "Ada Okafor", registeredOn.minusYears(9).minusDays(30), Sex.FEMALE, Relationship.CHILD))
        .addMembers(person("P-5", "Kem Okafor", registeredOn.minusYears(4).minusDays(30), Sex.MALE, Relationship.CHILD))
        .currentHome(CurrentHome.builder().tenure(Tenure.PRIVATE_ASSURED_SHORTHOLD).propertyType(PropertyType.HOUSE)
            .bedrooms(2).since(registeredOn.minusYears(5)).build())
        .weeklyIncome(Money.of("520.00")).savings(Money.of("800.00"))
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(registeredOn.minusYears(5))))
        .build();
    return Application.builder().id(ApplicationId.of("HCP-100234")).household(h).registeredOn(registeredOn)
        .homeAuthority(LocalAuthority.WORCESTER)
        .addCurrentRooms(Room.of(RoomKind.BEDROOM, 120), Room.of(RoomKind.BEDROOM, 75), Room.of(RoomKind.LIVING_ROOM, 150))
        .build();
  }

  /**
   * Ms Price and her son of 6, owed the main homelessness duty by Worcester and living in
   * temporary accommodation; lived in Worcester for three years. Priority band while the duty runs.
   */
  public static Application homelessParent(LocalDate registeredOn) {
    Household h = Household.builder().id(HouseholdId.of("HH-2002")).recordedOn(registeredOn)
        .addMembers(person("P-1", "Leanne Price", registeredOn.minusYears(29), Sex.FEMALE, Relationship.APPLICANT))
        .addMembers(person("P-2", "Riley Price", registeredOn.minusYears(6), Sex.MALE, Relationship.CHILD))
        .currentHome(CurrentHome.builder().tenure(Tenure.TEMPORARY_ACCOMMODATION).propertyType(PropertyType.FLAT)
            .bedrooms(1).build())
        .weeklyIncome(Money.of("240.00")).savings(Money.ZERO)
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WORCESTER, DateRange.from(registeredOn.minusYears(3))))
        .build();
    return Application.builder().id(ApplicationId.of("HCP-100235")).household(h).registeredOn(registeredOn).build();
  }

  /**
   * Mr Hughes, 67, alone in a three-bedroom housing association house in Wychavon since 1990,
   * wanting to downsize: Gold Plus with a local connection to Wychavon.
   */
  public static Application downsizer(LocalDate registeredOn) {
    Household h = Household.builder().id(HouseholdId.of("HH-2003")).recordedOn(registeredOn)
        .addMembers(person("P-1", "Bryn Hughes", registeredOn.minusYears(67), Sex.MALE, Relationship.APPLICANT))
        .currentHome(CurrentHome.builder().tenure(Tenure.HOUSING_ASSOCIATION_TENANT).propertyType(PropertyType.HOUSE)
            .bedrooms(3).build())
        .weeklyIncome(Money.of("230.00")).savings(Money.of("4000.00"))
        .addResidenceHistory(ResidencePeriod.of(LocalAuthority.WYCHAVON, DateRange.from(LocalDate.of(1990, 1, 1))))
        .build();
    return Application.builder().id(ApplicationId.of("HCP-100236")).household(h).registeredOn(registeredOn)
        .homeAuthority(LocalAuthority.WYCHAVON)
        .addNeeds(NeedFact.of(NeedKind.DOWNSIZING_FROM_FAMILY_HOME, registeredOn)).build();
  }

  /** A three-bedroom Platform Housing house in Worcester for households needing three bedrooms. */
  public static Advert threeBedroomHouse(LocalDate advertisedOn) {
    return Advert.builder().id(AdvertId.of("ADV-5001")).landlord("Platform Housing").district(LocalAuthority.WORCESTER)
        .propertyType(PropertyType.HOUSE).bedrooms(3).minimumBedroomNeed(3).maximumBedroomNeed(3)
        .tenancy(TenancyType.STARTER).advertisedOn(advertisedOn).closesOn(advertisedOn.plusDays(6)).build();
  }

  /** A two-bedroom flat in Worcester for households needing one or two bedrooms. */
  public static Advert twoBedroomFlat(LocalDate advertisedOn) {
    return Advert.builder().id(AdvertId.of("ADV-5002")).landlord("Rooftop Housing Group")
        .district(LocalAuthority.WORCESTER).propertyType(PropertyType.FLAT).bedrooms(2).minimumBedroomNeed(2)
        .maximumBedroomNeed(2).tenancy(TenancyType.ASSURED).advertisedOn(advertisedOn)
        .closesOn(advertisedOn.plusDays(6)).build();
  }

  /** A one-bedroom bungalow for applicants aged 55 or over. */
  public static Advert olderPersonsBungalow(LocalDate advertisedOn) {
    return Advert.builder().id(AdvertId.of("ADV-5003")).landlord("Rooftop Housing Group")
        .district(LocalAuthority.WYCHAVON).propertyType(PropertyType.BUNGALOW).bedrooms(1).minimumApplicantAge(55)
        .tenancy(TenancyType.ASSURED).advertisedOn(advertisedOn).closesOn(advertisedOn.plusDays(6)).build();
  }

  static Person person(String id, String name, LocalDate born, Sex sex, Relationship relationship) {
    return Person.builder().id(PersonId.of(id)).name(name).dateOfBirth(born).sex(sex).relationship(relationship).build();
  }

  /** Every sample application registered on {@code registeredOn}. */
  public static List<Application> all(LocalDate registeredOn) {
    return List.of(overcrowdedFamily(registeredOn), homelessParent(registeredOn), downsizer(registeredOn));
  }
}
