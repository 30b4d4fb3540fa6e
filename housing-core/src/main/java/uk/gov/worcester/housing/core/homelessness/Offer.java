package uk.gov.worcester.housing.core.homelessness;

import java.util.Objects;

/**
 * An offer of accommodation made to the applicant in writing.
 *
 * @param kind the kind of offer, which decides what its refusal or acceptance can end
 * @param term how long the offered tenancy runs: fixed term, periodic or lifetime
 * @param consequencesExplained the applicant was told in writing the possible consequences of
 *     refusal or acceptance and of the right to ask for a review of its suitability (s.193(5),
 *     (7), (7AA), s.193A(3), s.193C(6))
 */
public record Offer(OfferKind kind, TenancyTerm term, boolean consequencesExplained) {
  public Offer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(term, "term");
  }
}
