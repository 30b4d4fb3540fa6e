package uk.gov.worcester.housing.core.welfare;

/** The household's liability for its home, for a Discretionary Housing Payment. */
public enum RentLiability {
  /** A tenant liable for rent. */
  TENANT,
  /** A shared owner: the rent part only can be helped. */
  SHARED_OWNER,
  /** An owner-occupier, who cannot get a payment. */
  OWNER_OCCUPIER,
  /** No liability for rent. */
  NONE;

  /** True where a payment can help: a rent liability (a tenant, or a shared owner's rent). */
  public boolean hasRentLiability() {
    return this == TENANT || this == SHARED_OWNER;
  }
}
