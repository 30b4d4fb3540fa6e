package uk.gov.worcester.housing.core.homelessness;

/**
 * What the council recorded, before approving or making a final offer, about the applicant's
 * obligations in respect of the accommodation they live in now. The Act: the authority may not
 * approve a private rented sector offer or make a final Part 6 offer "unless they are satisfied
 * that the accommodation is suitable for the applicant and that subsection (8) does not apply"
 * (s.193(7F)); subsection (8) applies where the applicant is under contractual or other
 * obligations in respect of their existing accommodation which they are not able to bring to an
 * end before being required to take up the offer (the words of s.193(7F) and (8) are from the
 * legal review's brief, not read from legislation.gov.uk: unconfirmed). The same bar for a final
 * accommodation offer or a final Part 6 offer at the relief stage is s.193A(6)-(7), whose words
 * "may not approve a final accommodation offer, or make a final Part 6 offer, unless they are
 * satisfied that the accommodation is suitable for the applicant and that subsection (7) does not
 * apply" are confirmed (HRA 2017 s.7 as enacted).
 */
public enum ExistingObligations {
  /** Not recorded: the council have not shown they considered s.193(8), so no final offer can rest on it. */
  NOT_CONSIDERED,
  /**
   * The council are satisfied s.193(8) does not apply: the applicant has no such obligations, or
   * can bring them to an end before being required to take up the offer.
   */
  CAN_END_IN_TIME,
  /**
   * The applicant is under contractual or other obligations in respect of their existing
   * accommodation which they cannot bring to an end before being required to take up the offer
   * (s.193(8), s.193A(7)).
   */
  CANNOT_END_IN_TIME
}
