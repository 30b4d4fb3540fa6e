package uk.gov.worcester.housing.rules.lettings;

/** What an answer to an offer leads to. */
public enum OfferConsequence {
  /** The letting is made and the application is housed. */
  LETTING_MADE,
  /** Accepting a Part 6 offer ends the main homelessness duty (HA 1996 s.193(6)(c)). */
  MAIN_DUTY_ENDS_ON_ACCEPTANCE,
  /** Refusing a suitable final Part 6 offer, told the consequences, ends the main duty (s.193(7)). */
  MAIN_DUTY_ENDS_ON_REFUSAL,
  /** Refusing a suitable final Part 6 offer during relief means the main duty does not arise (s.193A). */
  MAIN_DUTY_WILL_NOT_ARISE,
  /**
   * Refusing a suitable final Part 6 offer, told the consequences, ends the s.193C(4) duty owed
   * after a non-co-operation notice (s.193C(6)(b), unconfirmed: read in a practitioner's quotation).
   */
  NON_COOPERATION_DUTY_ENDS,
  /** The Priority band ends with the refusal. */
  PRIORITY_BAND_ENDS,
  /**
   * The refusal does not end a homelessness duty: the offer was not stated to be final, the home
   * not found suitable, the consequences not explained, or existing obligations in the way.
   */
  DUTY_CONTINUES,
  /** A refusal by a household owed no homelessness duty: no consequence beyond the offer lapsing. */
  OFFER_LAPSES
}
