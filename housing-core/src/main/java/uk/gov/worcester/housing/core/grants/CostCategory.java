package uk.gov.worcester.housing.core.grants;

/**
 * What a line of a project's budget pays for. Community grants fund a distinct project, never a
 * group's core costs (salaries, rent, utilities, general running costs): {@link #isCoreCost()}.
 */
public enum CostCategory {
  /** Running the project's activities: sessions, events, workshops. */
  ACTIVITIES(false),
  /** Equipment or materials for the project. */
  EQUIPMENT_AND_MATERIALS(false),
  /** Hiring a venue for the project's activities. */
  VENUE_HIRE(false),
  /** Publicity for the project. */
  PUBLICITY(false),
  /** Travel for the project. */
  TRAVEL(false),
  /** Training volunteers for the project. */
  TRAINING(false),
  /** Anything else the project itself needs. */
  OTHER_PROJECT_COST(false),
  /** Salaries or wages of the group's staff: a core cost. */
  SALARIES(true),
  /** Rent of the group's premises: a core cost. */
  RENT(true),
  /** Utilities of the group's premises: a core cost. */
  UTILITIES(true),
  /** The group's general running costs: a core cost. */
  CORE_RUNNING_COSTS(true);

  private final boolean coreCost;

  CostCategory(boolean coreCost) {
    this.coreCost = coreCost;
  }

  /** True for a group's core costs, which community grants do not fund. */
  public boolean isCoreCost() {
    return coreCost;
  }
}
