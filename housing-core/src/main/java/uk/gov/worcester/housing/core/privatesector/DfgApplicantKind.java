package uk.gov.worcester.housing.core.privatesector;

/** Who applies for a Disabled Facilities Grant (HGCRA 1996 s.19). */
public enum DfgApplicantKind {
  /** An owner applying for a disabled occupant of their own home (owner's certificate, s.21). */
  OWNER_OCCUPIER,
  /** A tenant, private or of a housing association (tenant's certificate, s.22). */
  TENANT,
  /** A landlord applying for a disabled tenant (owner's certificate of intended letting, s.21). */
  LANDLORD,
  /** An occupier of a houseboat or park home (occupier's certificate, s.22A). */
  QUALIFYING_HOUSEBOAT_OR_PARK_HOME_OCCUPIER
}
