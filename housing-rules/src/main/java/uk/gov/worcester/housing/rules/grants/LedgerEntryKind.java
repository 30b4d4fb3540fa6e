package uk.gov.worcester.housing.rules.grants;

/** What a line of a fund's ledger records. */
public enum LedgerEntryKind {
  /** An award, committed from the fund. */
  COMMITMENT,
  /** Part of an award given back unpaid (an underspend, or the award given back). */
  RELEASE,
  /** A payment of a committed award: the fund's balance does not change. */
  PAYMENT,
  /** Money paid and recovered: it goes back to the fund. */
  CLAWBACK
}
