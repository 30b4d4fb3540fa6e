package uk.gov.worcester.housing.core.lettings;

/** The kinds of {@link RegisterEvent}: the {@code "type"} codes of the JSON contract. */
public enum RegisterEventType {
  /** Eligibility and qualification assessed. */
  ASSESSED,
  /** Suspended from bidding. */
  SUSPENDED,
  /** A suspension lifted. */
  REINSTATED,
  /** A review asked for. */
  REVIEW_REQUESTED,
  /** A review decided. */
  REVIEW_DECIDED,
  /** Housed through the register. */
  HOUSED,
  /** Cancelled. */
  CANCELLED,
  /** The household, its needs or conduct findings changed. */
  CIRCUMSTANCES_CHANGED
}
