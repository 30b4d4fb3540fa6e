package uk.gov.worcester.housing.core.grants;

/**
 * The level at which donated time is valued as match: the older Heritage Lottery Fund tariff
 * distinguishes general volunteering, skilled work and professional work, each with its own rate
 * (the rates are policy data).
 */
public enum SkillLevel {
  /** General volunteering: stewarding, clearing, serving refreshments. */
  GENERAL,
  /** Skilled work: a trade, such as carpentry or decorating. */
  SKILLED,
  /** Professional work: an accountant, a solicitor, an architect, at professional standard. */
  PROFESSIONAL
}
