package uk.gov.worcester.housing.core.homelessness;

import java.util.Objects;

/**
 * An offer of accommodation made to the applicant in writing, with what the council recorded
 * before making or approving it.
 *
 * @param kind the kind of offer, which decides what its refusal or acceptance can end
 * @param term how long the offered tenancy runs: fixed term, periodic or lifetime
 * @param consequencesExplained the applicant was told in writing the possible consequences of
 *     refusal or acceptance and of the right to ask for a review of its suitability (s.193(5),
 *     (7), (7AA), s.193A(3), s.193C(6))
 * @param satisfiedSuitable the council were satisfied the accommodation is suitable for the
 *     applicant: s.193(5) ends the main duty on refusal of "an offer of accommodation which the
 *     authority are satisfied is suitable for him"; s.193(7F) and s.193A(6) forbid approving or
 *     making a final offer unless "they are satisfied that the accommodation is suitable for the
 *     applicant". False when not recorded: an offer not shown to be suitable ends no duty
 * @param existingObligations whether the applicant can end their obligations on the accommodation
 *     they live in now before being required to take up the offer (s.193(8), s.193A(7)); a final
 *     offer or a private rented sector offer ends a duty only when they can
 */
public record Offer(OfferKind kind, TenancyTerm term, boolean consequencesExplained, boolean satisfiedSuitable,
    ExistingObligations existingObligations) {
  public Offer {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(existingObligations, "existingObligations");
  }

  /**
   * Whether the council could lawfully make or approve this offer as one whose refusal (or, for a
   * private rented sector offer, acceptance) ends a duty: satisfied it is suitable and, for the
   * kinds s.193(7F) and s.193A(6) cover, satisfied the applicant's existing obligations do not stand
   * in the way. Whether the consequences were explained is a separate test.
   */
  public boolean canEndADuty() {
    return canEndADuty(kind, satisfiedSuitable, existingObligations);
  }

  /**
   * The test of {@link #canEndADuty()} for an offer of {@code kind} described by its findings: the
   * one place the rule lives, for the homelessness case workflow and for a Part 6 letting offer.
   */
  public static boolean canEndADuty(OfferKind kind, boolean satisfiedSuitable, ExistingObligations obligations) {
    return satisfiedSuitable && (!kind.barredByExistingObligations() || obligations == ExistingObligations.CAN_END_IN_TIME);
  }
}
