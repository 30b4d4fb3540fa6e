package uk.gov.worcester.housing.core.lettings;

/** How an applicant answered an offer of a home through the register. */
public enum OfferResponse {
  /** Accepted: a letting follows. */
  ACCEPTED,
  /** Refused. */
  REFUSED,
  /** No answer within the time given: treated as a refusal. */
  NO_RESPONSE
}
