package uk.gov.worcester.housing.core.homelessness;

import java.util.OptionalInt;

/**
 * An offer of accommodation made to the applicant in writing.
 *
 * @param kind the kind of offer, which decides what its refusal can end
 * @param fixedTermMonths the tenancy's fixed term, for the kinds the law gives a minimum
 * @param consequencesExplained the applicant was told in writing what refusing it would mean
 *     (s.193A(3), s.193(7), s.193(7AA)) and of the right to ask for a review of its suitability
 */
public record Offer(OfferKind kind, OptionalInt fixedTermMonths, boolean consequencesExplained) {
  public Offer {
    java.util.Objects.requireNonNull(kind, "kind");
    java.util.Objects.requireNonNull(fixedTermMonths, "fixedTermMonths");
  }
}
