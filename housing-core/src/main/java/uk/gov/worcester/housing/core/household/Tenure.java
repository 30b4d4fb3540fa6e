package uk.gov.worcester.housing.core.household;

/**
 * On what basis a household occupies its current home, or where it is staying when it has none.
 * The values cover the H-CLIC "accommodation at time of application" list (A4), so the return
 * can be produced from the household record.
 */
public enum Tenure {
  OWNER_OCCUPIER,
  SHARED_OWNERSHIP,
  /** Assured shorthold tenancy from a private landlord (ended by a s.21 or s.8 notice). */
  PRIVATE_ASSURED_SHORTHOLD,
  /** Another private tenancy (assured, regulated, or an assured periodic tenancy from 1 May 2026). */
  PRIVATE_OTHER_TENANCY,
  /** A lodger in a private home, not with family or friends. */
  PRIVATE_LODGER,
  /** A room in a house in multiple occupation. */
  PRIVATE_HMO,
  COUNCIL_TENANT,
  HOUSING_ASSOCIATION_TENANT,
  SUPPORTED_HOUSING,
  LIVING_WITH_FAMILY,
  LIVING_WITH_FRIENDS,
  /** Accommodation tied to a job. */
  TIED_ACCOMMODATION,
  /** Temporary accommodation arranged by a council. */
  TEMPORARY_ACCOMMODATION,
  IN_CUSTODY,
  IN_GENERAL_HOSPITAL,
  IN_PSYCHIATRIC_HOSPITAL,
  REFUGE,
  HOME_OFFICE_ASYLUM_SUPPORT,
  ROUGH_SLEEPING,
  NO_FIXED_ABODE,
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
