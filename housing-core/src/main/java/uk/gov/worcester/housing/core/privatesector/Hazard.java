package uk.gov.worcester.housing.core.privatesector;

import static uk.gov.worcester.housing.core.privatesector.HazardGroup.PHYSIOLOGICAL;
import static uk.gov.worcester.housing.core.privatesector.HazardGroup.PROTECTION_AGAINST_ACCIDENTS;
import static uk.gov.worcester.housing.core.privatesector.HazardGroup.PROTECTION_AGAINST_INFECTION;
import static uk.gov.worcester.housing.core.privatesector.HazardGroup.PSYCHOLOGICAL;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.AGED_14_OR_UNDER;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.AGED_60_OR_OVER;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.AGED_60_TO_64;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.AGED_65_OR_OVER;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.ALL_PERSONS;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.UNDER_3;
import static uk.gov.worcester.housing.core.privatesector.VulnerableGroup.UNDER_5;

/**
 * The 29 hazards of the Housing Health and Safety Rating System (HHSRS (England) Regulations 2005,
 * SI 2005/3208, Sch 1), numbered as the Operating Guidance numbers them, each with its group and
 * vulnerable age group ({@link VulnerableGroup}: those are (unconfirmed)).
 */
public enum Hazard {
  /** 1: damp and mould growth. */
  DAMP_AND_MOULD_GROWTH(1, PHYSIOLOGICAL, AGED_14_OR_UNDER, "Damp and mould growth"),
  /** 2: excess cold. */
  EXCESS_COLD(2, PHYSIOLOGICAL, AGED_65_OR_OVER, "Excess cold"),
  /** 3: excess heat. */
  EXCESS_HEAT(3, PHYSIOLOGICAL, AGED_65_OR_OVER, "Excess heat"),
  /** 4: asbestos and manufactured mineral fibres. */
  ASBESTOS_AND_MMF(4, PHYSIOLOGICAL, ALL_PERSONS, "Asbestos and MMF"),
  /** 5: biocides. */
  BIOCIDES(5, PHYSIOLOGICAL, ALL_PERSONS, "Biocides"),
  /** 6: carbon monoxide and fuel combustion products. */
  CARBON_MONOXIDE_AND_FUEL_COMBUSTION_PRODUCTS(6, PHYSIOLOGICAL, AGED_65_OR_OVER,
      "Carbon monoxide and fuel combustion products"),
  /** 7: lead. */
  LEAD(7, PHYSIOLOGICAL, UNDER_3, "Lead"),
  /** 8: radiation. */
  RADIATION(8, PHYSIOLOGICAL, AGED_60_TO_64, "Radiation"),
  /** 9: uncombusted fuel gas. */
  UNCOMBUSTED_FUEL_GAS(9, PHYSIOLOGICAL, ALL_PERSONS, "Uncombusted fuel gas"),
  /** 10: volatile organic compounds. */
  VOLATILE_ORGANIC_COMPOUNDS(10, PHYSIOLOGICAL, ALL_PERSONS, "Volatile organic compounds"),
  /** 11: crowding and space. */
  CROWDING_AND_SPACE(11, PSYCHOLOGICAL, ALL_PERSONS, "Crowding and space"),
  /** 12: entry by intruders. */
  ENTRY_BY_INTRUDERS(12, PSYCHOLOGICAL, ALL_PERSONS, "Entry by intruders"),
  /** 13: lighting. */
  LIGHTING(13, PSYCHOLOGICAL, ALL_PERSONS, "Lighting"),
  /** 14: noise. */
  NOISE(14, PSYCHOLOGICAL, ALL_PERSONS, "Noise"),
  /** 15: domestic hygiene, pests and refuse. */
  DOMESTIC_HYGIENE_PESTS_AND_REFUSE(15, PROTECTION_AGAINST_INFECTION, ALL_PERSONS,
      "Domestic hygiene, pests and refuse"),
  /** 16: food safety. */
  FOOD_SAFETY(16, PROTECTION_AGAINST_INFECTION, ALL_PERSONS, "Food safety"),
  /** 17: personal hygiene, sanitation and drainage. */
  PERSONAL_HYGIENE_SANITATION_AND_DRAINAGE(17, PROTECTION_AGAINST_INFECTION, UNDER_5,
      "Personal hygiene, sanitation and drainage"),
  /** 18: water supply. */
  WATER_SUPPLY(18, PROTECTION_AGAINST_INFECTION, ALL_PERSONS, "Water supply"),
  /** 19: falls associated with baths etc. */
  FALLS_ASSOCIATED_WITH_BATHS(19, PROTECTION_AGAINST_ACCIDENTS, AGED_60_OR_OVER, "Falls associated with baths etc."),
  /** 20: falling on level surfaces. */
  FALLS_ON_LEVEL_SURFACES(20, PROTECTION_AGAINST_ACCIDENTS, AGED_60_OR_OVER, "Falling on level surfaces"),
  /** 21: falling on stairs etc. */
  FALLS_ON_STAIRS(21, PROTECTION_AGAINST_ACCIDENTS, AGED_60_OR_OVER, "Falling on stairs etc."),
  /** 22: falling between levels. */
  FALLS_BETWEEN_LEVELS(22, PROTECTION_AGAINST_ACCIDENTS, UNDER_5, "Falling between levels"),
  /** 23: electrical hazards. */
  ELECTRICAL_HAZARDS(23, PROTECTION_AGAINST_ACCIDENTS, UNDER_5, "Electrical hazards"),
  /** 24: fire. */
  FIRE(24, PROTECTION_AGAINST_ACCIDENTS, AGED_60_OR_OVER, "Fire"),
  /** 25: flames, hot surfaces etc. */
  FLAMES_AND_HOT_SURFACES(25, PROTECTION_AGAINST_ACCIDENTS, UNDER_5, "Flames, hot surfaces etc."),
  /** 26: collision and entrapment. */
  COLLISION_AND_ENTRAPMENT(26, PROTECTION_AGAINST_ACCIDENTS, UNDER_5, "Collision and entrapment"),
  /** 27: explosions. */
  EXPLOSIONS(27, PROTECTION_AGAINST_ACCIDENTS, ALL_PERSONS, "Explosions"),
  /** 28: position and operability of amenities etc. */
  POSITION_AND_OPERABILITY_OF_AMENITIES(28, PROTECTION_AGAINST_ACCIDENTS, AGED_60_OR_OVER,
      "Position and operability of amenities etc."),
  /** 29: structural collapse and falling elements. */
  STRUCTURAL_COLLAPSE_AND_FALLING_ELEMENTS(29, PROTECTION_AGAINST_ACCIDENTS, ALL_PERSONS,
      "Structural collapse and falling elements");

  private final int number;
  private final HazardGroup group;
  private final VulnerableGroup vulnerableGroup;
  private final String title;

  Hazard(int number, HazardGroup group, VulnerableGroup vulnerableGroup, String title) {
    this.number = number;
    this.group = group;
    this.vulnerableGroup = vulnerableGroup;
    this.title = title;
  }

  /** The hazard's number, 1 to 29, as the Operating Guidance numbers its profiles. */
  public int number() {
    return number;
  }

  /** The hazard's group. */
  public HazardGroup group() {
    return group;
  }

  /** The age group the hazard is judged against. */
  public VulnerableGroup vulnerableGroup() {
    return vulnerableGroup;
  }

  /** The hazard's name as the Operating Guidance writes it. */
  public String title() {
    return title;
  }
}
