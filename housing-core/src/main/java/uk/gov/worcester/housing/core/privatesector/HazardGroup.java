package uk.gov.worcester.housing.core.privatesector;

/** The four groups the 29 HHSRS hazards fall into (HHSRS (England) Regulations 2005, Sch 1). */
public enum HazardGroup {
  /** Hygrothermal conditions and pollutants (hazards 1 to 10). */
  PHYSIOLOGICAL,
  /** Space, security, light and noise (hazards 11 to 14). */
  PSYCHOLOGICAL,
  /** Hygiene, sanitation and water supply (hazards 15 to 18). */
  PROTECTION_AGAINST_INFECTION,
  /** Falls, electric shocks, fires, burns, collisions and collapse (hazards 19 to 29). */
  PROTECTION_AGAINST_ACCIDENTS
}
