package uk.gov.worcester.housing.core.homelessness;

/** The kind of notice a landlord or licensor has given on the household's home. */
public enum NoticeKind {
  /**
   * Housing Act 1988 s.21 (no-fault) notice on an assured shorthold tenancy. Abolished for
   * notices given on or after 1 May 2026 by the Renters' Rights Act 2025.
   */
  SECTION_21,
  /** Housing Act 1988 s.8 notice of seeking possession on grounds. */
  SECTION_8,
  /** Notice to quit (a periodic tenancy or licence). */
  NOTICE_TO_QUIT,
  /** A possession order or warrant already obtained. */
  POSSESSION_ORDER,
  /** Any other request to leave (family or friends asking the household to go, say). */
  OTHER
}
