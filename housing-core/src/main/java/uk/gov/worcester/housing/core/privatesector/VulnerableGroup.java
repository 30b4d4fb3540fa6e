package uk.gov.worcester.housing.core.privatesector;

/**
 * The age group an HHSRS hazard is judged against: the likelihood and spread of harm are those for
 * a notional member of this group, never for the actual occupiers (HHSRS Operating Guidance 2006,
 * the hazard profiles). The groups per hazard are from the Operating Guidance's profiles and are
 * (unconfirmed) here: a source read did not list them.
 */
public enum VulnerableGroup {
  /** No age group is more vulnerable: the hazard is judged for all persons. */
  ALL_PERSONS("all persons"),
  /** Children under 3 (lead). */
  UNDER_3("persons aged under 3"),
  /** Children under 5. */
  UNDER_5("persons aged under 5"),
  /** Persons aged 14 or under (damp and mould growth). */
  AGED_14_OR_UNDER("persons aged 14 or under"),
  /** Persons aged 60 to 64 (radiation: lifetime exposure to radon). */
  AGED_60_TO_64("persons aged 60 to 64"),
  /** Persons aged 60 or over. */
  AGED_60_OR_OVER("persons aged 60 or over"),
  /** Persons aged 65 or over. */
  AGED_65_OR_OVER("persons aged 65 or over");

  private final String description;

  VulnerableGroup(String description) {
    this.description = description;
  }

  /** The group in words, for a caseworker's report. */
  public String description() {
    return description;
  }
}
