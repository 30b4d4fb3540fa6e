package uk.gov.worcester.housing.core.homelessness;

/**
 * The main reason for the loss, or threat of loss, of the last settled home: the H-CLIC
 * "reason for homelessness" list (item A2). The numeric codes the return uses are data (see the
 * H-CLIC code table in housing-rules), not these names.
 */
public enum LossReason {
  /** Family or friends are no longer willing or able to accommodate. */
  FAMILY_OR_FRIENDS_NO_LONGER_WILLING_OR_ABLE,
  /** End of a private assured shorthold tenancy because of rent arrears. */
  END_OF_PRIVATE_ASSURED_SHORTHOLD_RENT_ARREARS,
  /** End of a private assured shorthold tenancy because the landlord wants to sell or re-let. */
  END_OF_PRIVATE_ASSURED_SHORTHOLD_LANDLORD_SELLING_OR_RELETTING,
  /** End of a private assured shorthold tenancy for another reason. */
  END_OF_PRIVATE_ASSURED_SHORTHOLD_OTHER,
  /** End of a private rented tenancy that is not an assured shorthold. */
  END_OF_PRIVATE_TENANCY_NOT_ASSURED_SHORTHOLD,
  /** Domestic abuse. */
  DOMESTIC_ABUSE,
  /** Non-violent breakdown of a relationship with a partner. */
  NON_VIOLENT_RELATIONSHIP_BREAKDOWN,
  /** End of a social rented tenancy. */
  END_OF_SOCIAL_RENTED_TENANCY,
  /** Eviction from supported housing. */
  EVICTION_FROM_SUPPORTED_HOUSING,
  /** Other violence or harassment. */
  OTHER_VIOLENCE_OR_HARASSMENT,
  /** Left an institution (prison, hospital, care) with no accommodation to go to. */
  LEFT_INSTITUTION_WITH_NO_ACCOMMODATION,
  /** Required to leave Home Office asylum support accommodation. */
  REQUIRED_TO_LEAVE_ASYLUM_SUPPORT,
  /** The home is no longer suitable because of disability or ill health. */
  HOME_NO_LONGER_SUITABLE_DISABILITY_OR_ILL_HEALTH,
  /** Loss of a placement or sponsorship (a resettlement scheme, say). */
  LOSS_OF_PLACEMENT_OR_SPONSORSHIP,
  /** Another reason. */
  OTHER,
  /** Not known. */
  NOT_KNOWN
}
