package uk.gov.worcester.housing.benchmarks;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import uk.gov.worcester.housing.core.household.CustodyRelease;
import uk.gov.worcester.housing.core.household.EducationStatus;
import uk.gov.worcester.housing.core.household.EvidenceSource;
import uk.gov.worcester.housing.core.household.FamilyAssociation;
import uk.gov.worcester.housing.core.household.ImmigrationStatus;
import uk.gov.worcester.housing.core.household.PropertyType;
import uk.gov.worcester.housing.core.household.Relationship;
import uk.gov.worcester.housing.core.household.Sex;
import uk.gov.worcester.housing.core.household.Tenure;
import uk.gov.worcester.housing.core.household.VulnerabilityKind;

/**
 * The household JSON as plain Java records, for the yardstick in {@link JsonReadWriteBenchmark}:
 * what Jackson databind alone costs to read and write the same document into equivalent types
 * (the same enums, dates as {@code LocalDate}, money as {@code BigDecimal}), with no checks beyond
 * Jackson's own. Absent optional fields are {@code null}, as plain databind gives them.
 */
final class HouseholdRecords {
  private HouseholdRecords() {}

  /** A household. */
  record Household(String id, LocalDate recordedOn, List<Person> members, CurrentHome currentHome,
      BigDecimal weeklyIncome, BigDecimal savings, List<Residence> residenceHistory,
      List<Employment> employmentHistory, List<Family> familyAssociations, Address address, Ward ward) {}

  /** A member. */
  record Person(String id, String name, LocalDate dateOfBirth, Sex sex, Relationship relationship, Boolean pregnant,
      LocalDate expectedDeliveryDate, EducationStatus education, CareHistory careHistory, ArmedForces armedForces,
      Custody custody, List<Vulnerability> vulnerabilities, Immigration immigration, String partnerOf) {}

  /** Evidence of a vulnerability. */
  record Vulnerability(VulnerabilityKind kind, EvidenceSource evidenceSource, LocalDate evidenceDate,
      String evidenceReference) {}

  /** Care history. */
  record CareHistory(boolean lookedAfterWhileAged16Or17, boolean relevantChild, Boolean relevantStudent,
      Authority responsibleAuthority) {}

  /** Armed forces service. */
  record ArmedForces(boolean regular, LocalDate leftOn) {}

  /** Release from custody. */
  record Custody(CustodyRelease.Grounds grounds, LocalDate releasedOn) {}

  /** Immigration status. */
  record Immigration(ImmigrationStatus status, Boolean habituallyResident, Boolean sponsoredWithinFiveYears) {}

  /** The current home. */
  record CurrentHome(Tenure tenure, PropertyType propertyType, int bedrooms, LocalDate since) {}

  /** A local authority. */
  record Authority(String code, String name) {}

  /** A period of days. */
  record Period(LocalDate start, LocalDate end) {}

  /** A period of residence. */
  record Residence(Authority authority, Period period, Boolean ofOwnChoice) {}

  /** A period of employment. */
  record Employment(Authority authority, Period period, Boolean casual) {}

  /** A family association. */
  record Family(FamilyAssociation.Relative relative, Authority authority, LocalDate residentSince) {}

  /** An address. */
  record Address(List<String> lines, String town, String postcode, String uprn) {}

  /** A ward. */
  record Ward(String code, String name, Authority authority) {}
}
