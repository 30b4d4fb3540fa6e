package uk.gov.worcester.housing.core.lettings;

import java.util.Optional;

/**
 * A housing need an officer has assessed and recorded on an application, which the band criteria
 * read. Overcrowding is not recorded here: it is worked out from the household and its home by
 * the bedroom standard. Which band each need earns is policy data in the rules module.
 */
public enum NeedKind {
  /** Homeless, not intentionally, but owed no rehousing duty (Gold Plus / Silver Plus). */
  HOMELESS_NO_REHOUSING_DUTY(ReasonablePreference.HOMELESS),
  /** The home is subject to a prohibition, demolition or similar enforcement notice (Gold Plus / Silver Plus). */
  ENFORCEMENT_NOTICE(ReasonablePreference.UNSATISFACTORY_HOUSING),
  /** A very high medical need to move, assessed by the partner's medical adviser (Gold Plus / Silver Plus). */
  VERY_HIGH_MEDICAL_NEED(ReasonablePreference.MEDICAL_OR_WELFARE),
  /** Threatened with homelessness through no fault of their own: notice to quit, repossession (Gold Plus / Silver Plus). */
  THREATENED_WITH_HOMELESSNESS_NO_FAULT(null),
  /** Ready to move on from supported housing (Gold Plus / Silver Plus). */
  MOVING_ON_FROM_SUPPORTED_HOUSING(ReasonablePreference.MEDICAL_OR_WELFARE),
  /** A housing association tenant giving up a family home for a smaller one (Gold Plus / Silver Plus). */
  DOWNSIZING_FROM_FAMILY_HOME(null),
  /** A Category 1 or 2 HHSRS hazard other than crowding and space (Gold / Silver). */
  SERIOUS_HAZARD(ReasonablePreference.UNSATISFACTORY_HOUSING),
  /** A medical or welfare need to move short of very high (band unconfirmed; Gold / Silver by default). */
  MEDICAL_OR_WELFARE_NEED(ReasonablePreference.MEDICAL_OR_WELFARE),
  /** Needs to move to a particular locality to avoid hardship (band unconfirmed; Gold / Silver by default). */
  HARDSHIP_IN_LOCALITY(ReasonablePreference.LOCALITY_HARDSHIP),
  /** A low housing need recognised by the scheme but not a reasonable preference (Bronze Plus / Bronze). */
  LOW_HOUSING_NEED(null);

  private final ReasonablePreference preference;

  NeedKind(ReasonablePreference preference) {
    this.preference = preference;
  }

  /** The reasonable preference group this need puts the household in, if any. */
  public Optional<ReasonablePreference> reasonablePreference() {
    return Optional.ofNullable(preference);
  }
}
