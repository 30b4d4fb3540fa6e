package uk.gov.worcester.housing.testkit.household;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import uk.gov.worcester.housing.core.common.HouseholdId;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.common.PersonId;
import uk.gov.worcester.housing.core.household.ArmedForcesService;
import uk.gov.worcester.housing.core.household.CareHistory;
import uk.gov.worcester.housing.core.household.CurrentHome;
import uk.gov.worcester.housing.core.household.CustodyRelease;
import uk.gov.worcester.housing.core.household.EducationStatus;
import uk.gov.worcester.housing.core.household.EmploymentPeriod;
import uk.gov.worcester.housing.core.household.EvidenceSource;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.core.household.Immigration;
import uk.gov.worcester.housing.core.household.ImmigrationStatus;
import uk.gov.worcester.housing.core.household.ImmutableHousehold;
import uk.gov.worcester.housing.core.household.Person;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.ResidencePeriod;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.household.Vulnerability;
import uk.gov.worcester.housing.core.household.VulnerabilityKind;
import uk.gov.worcester.housing.testkit.common.CommonGen;

/**
 * QuickTheories generators of households and their parts: valid households of every shape a
 * council meets (single people, couples, families, 16 and 17 year olds, pregnancies, care
 * leavers, veterans, people leaving custody, people with every immigration status), and invalid
 * ones with a known number of problems ({@link #householdsWithBadBirthDates()}).
 */
public final class HouseholdGen {
  private HouseholdGen() {}

  private static final List<String> NAMES = List.of("Alex Morgan", "Sam Patel", "Jo Williams", "Chris O'Neill",
      "Zofia Nowak", "Aisha Khan", "Tomasz Wiśniewski", "Ren Chen", "Bea Hughes", "Dev Sharma");

  /** Any valid household recorded on a generated date. */
  public static Gen<Household> households() {
    return CommonGen.dates().flatMap(HouseholdGen::householdsRecordedOn);
  }

  /** Any valid household recorded on {@code recordedOn}. */
  public static Gen<Household> householdsRecordedOn(LocalDate recordedOn) {
    return rs -> {
      int applicantAge = Generate.range(16, 90).generate(rs);
      boolean hasPartner = applicantAge >= 18 && Generate.range(0, 2).generate(rs) == 0;
      int children = applicantAge >= 18 ? Generate.range(0, 5).generate(rs) : Generate.range(0, 1).generate(rs);
      List<Person> members = new ArrayList<>();
      members.add(person(rs, 1, Relationship.APPLICANT, recordedOn, applicantAge));
      if (hasPartner) {
        members.add(person(rs, 2, Relationship.PARTNER, recordedOn, Generate.range(18, 90).generate(rs)));
      }
      for (int i = 0; i < children; i++) {
        int maxChildAge = Math.max(0, Math.min(18, applicantAge - 15));
        members.add(person(rs, 10 + i, Relationship.CHILD, recordedOn, Generate.range(0, maxChildAge).generate(rs)));
      }
      if (Generate.range(0, 9).generate(rs) == 0) {
        members.add(person(rs, 30, Relationship.OTHER_RELATIVE, recordedOn, Generate.range(18, 95).generate(rs)));
      }
      Tenure tenure = Generate.enumValues(Tenure.class).generate(rs);
      PropertyType type = tenure.isWithoutAccommodation() ? PropertyType.NONE
          : Generate.enumValues(PropertyType.class).generate(rs);
      ImmutableHousehold.Builder b = Household.builder()
          .id(HouseholdId.of("HH-" + Generate.range(1, 999_999).generate(rs)))
          .recordedOn(recordedOn)
          .members(members)
          .currentHome(CurrentHome.builder().tenure(tenure).propertyType(type)
              .bedrooms(type == PropertyType.NONE ? 0 : Generate.range(0, 5).generate(rs))
              .since(Generate.booleans().generate(rs)
                  ? Optional.of(CommonGen.dates(recordedOn.minusYears(10), recordedOn).generate(rs))
                  : Optional.empty())
              .build())
          .weeklyIncome(CommonGen.money(Money.ofPounds(1500)).generate(rs))
          .savings(CommonGen.money(Money.ofPounds(40_000)).generate(rs));
      int residence = Generate.range(0, 3).generate(rs);
      for (int i = 0; i < residence; i++) {
        b.addResidenceHistory(ResidencePeriod.builder().authority(CommonGen.authorities().generate(rs))
            .period(CommonGen.dateRangesUpTo(recordedOn).generate(rs))
            .ofOwnChoice(Generate.range(0, 9).generate(rs) > 0).build());
      }
      if (Generate.booleans().generate(rs)) {
        b.addEmploymentHistory(EmploymentPeriod.builder().authority(CommonGen.authorities().generate(rs))
            .period(CommonGen.dateRangesUpTo(recordedOn).generate(rs)).casual(Generate.booleans().generate(rs)).build());
      }
      if (Generate.booleans().generate(rs)) {
        b.addFamilyAssociations(FamilyAssociation.of(Generate.enumValues(FamilyAssociation.Relative.class).generate(rs),
            CommonGen.authorities().generate(rs), CommonGen.dates(recordedOn.minusYears(30), recordedOn).generate(rs)));
      }
      if (Generate.booleans().generate(rs)) {
        b.address(CommonGen.addresses().generate(rs)).ward(CommonGen.wardsOn(recordedOn).generate(rs));
      }
      return b.build();
    };
  }

  private static Person person(org.quicktheories.core.RandomnessSource rs, int n, Relationship relationship,
      LocalDate recordedOn, int age) {
    LocalDate birthday = recordedOn.minusYears(age).minusDays(Generate.range(0, 364).generate(rs));
    Sex sex = Generate.enumValues(Sex.class).generate(rs);
    boolean adult = age >= 16;
    boolean pregnant = adult && sex == Sex.FEMALE && age < 50 && Generate.range(0, 5).generate(rs) == 0;
    var b = Person.builder()
        .id(PersonId.of("P-" + n))
        .name(NAMES.get(Generate.range(0, NAMES.size() - 1).generate(rs)))
        .dateOfBirth(birthday)
        .sex(sex)
        .relationship(relationship)
        .pregnant(pregnant);
    if (pregnant) {
      b.expectedDeliveryDate(recordedOn.plusDays(Generate.range(1, 270).generate(rs)));
    }
    if (age >= 16 && age <= 19) {
      b.education(Generate.enumValues(EducationStatus.class).generate(rs));
    }
    if (adult && age <= 25 && Generate.range(0, 5).generate(rs) == 0) {
      b.careHistory(CareHistory.builder().lookedAfterWhileAged16Or17(Generate.booleans().generate(rs))
          .relevantChild(age < 18 && Generate.booleans().generate(rs)).build());
    }
    if (age >= 18 && Generate.range(0, 9).generate(rs) == 0) {
      b.armedForces(ArmedForcesService.builder().regular(Generate.booleans().generate(rs))
          .leftOn(CommonGen.dates(recordedOn.minusYears(5), recordedOn).generate(rs)).build());
    }
    if (age >= 18 && Generate.range(0, 9).generate(rs) == 0) {
      b.custody(CustodyRelease.of(Generate.enumValues(CustodyRelease.Grounds.class).generate(rs),
          CommonGen.dates(recordedOn.minusYears(2), recordedOn.plusDays(56)).generate(rs)));
    }
    int vulnerabilities = Generate.range(0, 6).generate(rs) == 0 ? Generate.range(1, 2).generate(rs) : 0;
    for (int i = 0; i < vulnerabilities; i++) {
      b.addVulnerabilities(Vulnerability.of(Generate.enumValues(VulnerabilityKind.class).generate(rs),
          Generate.enumValues(EvidenceSource.class).generate(rs),
          CommonGen.dates(recordedOn.minusYears(2), recordedOn).generate(rs)));
    }
    if (Generate.range(0, 4).generate(rs) == 0) {
      b.immigration(Immigration.builder().status(Generate.enumValues(ImmigrationStatus.class).generate(rs))
          .habituallyResident(Generate.range(0, 4).generate(rs) > 0)
          .sponsoredWithinFiveYears(Generate.range(0, 9).generate(rs) == 0).build());
    }
    return b.build();
  }

  /** Any valid person, as a member of a generated household. */
  public static Gen<Person> persons() {
    return households().flatMap(h -> Generate.pick(h.members()));
  }

  /**
   * Invalid households: a valid household's builder with {@code n} members given a date of birth
   * after the recording date. Each case knows how many problems it must produce.
   */
  public static Gen<InvalidCase> householdsWithBadBirthDates() {
    return households().flatMap(h -> Generate.range(1, h.members().size()).map(n -> {
      List<Person> members = new ArrayList<>(h.members());
      for (int i = 0; i < n; i++) {
        Person p = members.get(i);
        members.set(i, Person.builder().from(p).dateOfBirth(h.recordedOn().plusDays(1 + i)).build());
      }
      return new InvalidCase(Household.builder().from(h).members(members), n);
    }));
  }

  /** An invalid household builder and the number of problems its validation must report. */
  public static final class InvalidCase {
    private final ImmutableHousehold.Builder builder;
    private final int expectedProblems;

    InvalidCase(ImmutableHousehold.Builder builder, int expectedProblems) {
      this.builder = builder;
      this.expectedProblems = expectedProblems;
    }

    public ImmutableHousehold.Builder builder() {
      return builder;
    }

    public int expectedProblems() {
      return expectedProblems;
    }

    @Override
    public String toString() {
      return "invalid household with " + expectedProblems + " expected problems";
    }
  }
}
