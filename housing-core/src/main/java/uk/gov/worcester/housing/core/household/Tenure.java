package uk.gov.worcester.housing.core.household;

/**
 * On what basis a household occupies its current home, or where it is staying when it has none.
 * The values cover the H-CLIC "accommodation at time of application" list (A4), so the return
 * can be produced from the household record.
 */
public enum Tenure {
  /** Owns the home and lives in it. */
  OWNER_OCCUPIER,
  /** Part-owns and part-rents the home under a shared ownership lease. */
  SHARED_OWNERSHIP,
  /** Assured shorthold tenancy from a private landlord (ended by a s.21 or s.8 notice). */
  PRIVATE_ASSURED_SHORTHOLD,
  /** Another private tenancy (assured, regulated, or an assured periodic tenancy from 1 May 2026). */
  PRIVATE_OTHER_TENANCY,
  /** A lodger in a private home, not with family or friends. */
  PRIVATE_LODGER,
  /** A room in a house in multiple occupation. */
  PRIVATE_HMO,
  /** A tenant of a council. */
  COUNCIL_TENANT,
  /** A tenant of a housing association (a private registered provider). */
  HOUSING_ASSOCIATION_TENANT,
  /** Living in supported housing. */
  SUPPORTED_HOUSING,
  /** Staying with family. */
  LIVING_WITH_FAMILY,
  /** Staying with friends. */
  LIVING_WITH_FRIENDS,
  /** Accommodation tied to a job. */
  TIED_ACCOMMODATION,
  /** Temporary accommodation arranged by a council. */
  TEMPORARY_ACCOMMODATION,
  /** In prison or another place of custody. */
  IN_CUSTODY,
  /** A patient in a general hospital. */
  IN_GENERAL_HOSPITAL,
  /** A patient in a psychiatric hospital. */
  IN_PSYCHIATRIC_HOSPITAL,
  /** In a refuge. */
  REFUGE,
  /** In accommodation provided by the Home Office as asylum support. */
  HOME_OFFICE_ASYLUM_SUPPORT,
  /** Sleeping rough. */
  ROUGH_SLEEPING,
  /** No fixed abode: no settled place to stay. */
  NO_FIXED_ABODE,
  /** Another basis. */
  OTHER;

  /** True where the household has no accommodation it is entitled to occupy (s.175(1)). */
  public boolean isWithoutAccommodation() {
    return this == ROUGH_SLEEPING || this == NO_FIXED_ABODE;
  }

  /** True where the household is in an institution it must leave on discharge. */
  public boolean isInstitution() {
    return this == IN_CUSTODY || this == IN_GENERAL_HOSPITAL || this == IN_PSYCHIATRIC_HOSPITAL;
  }
}
