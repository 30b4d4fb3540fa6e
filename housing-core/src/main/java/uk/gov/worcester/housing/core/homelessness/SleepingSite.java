package uk.gov.worcester.housing.core.homelessness;

/**
 * Where a person was found at night. The rough sleeping snapshot counts only people sleeping or
 * bedded down in the open air or in places not designed for habitation; it excludes people in
 * hostels or shelters, sofa-surfers, campsites and protests, squatters and Travellers
 * (the snapshot's published definition).
 */
public enum SleepingSite {
  /** Streets, parks, doorways, bus shelters, encampments. */
  OPEN_AIR(true),
  /** Stairwells, sheds, barns, car parks, cars, derelict buildings, "bashes". */
  PLACE_NOT_DESIGNED_FOR_HABITATION(true),
  /** A hostel or a night shelter. */
  HOSTEL_OR_SHELTER(false),
  /** Staying with others, sofa-surfing. */
  SOFA_SURFING(false),
  /** A campsite or a protest. */
  CAMPSITE_OR_PROTEST(false),
  /** A squat. */
  SQUAT(false),
  /** A Traveller site. */
  TRAVELLER_SITE(false),
  /** Seen during the day or not bedded down: a contact, not a night's rough sleeping. */
  NOT_BEDDED_DOWN(false);

  private final boolean countsAsRoughSleeping;

  SleepingSite(boolean countsAsRoughSleeping) {
    this.countsAsRoughSleeping = countsAsRoughSleeping;
  }

  /** True where the snapshot definition counts the person as sleeping rough. */
  public boolean countsAsRoughSleeping() {
    return countsAsRoughSleeping;
  }
}
