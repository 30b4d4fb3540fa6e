package uk.gov.worcester.housing.rules.privatesector;

/**
 * The ten hazard bands by score (HHSRS (England) Regulations 2005, SI 2005/3208, reg 7 table; the
 * figures are (unconfirmed) here): A 5000 or more, B 2000 to 4999, C 1000 to 1999, D 500 to 999,
 * E 200 to 499, F 100 to 199, G 50 to 99, H 20 to 49, I 10 to 19, J 9 or less. Bands A to C are
 * Category 1 hazards (Housing Act 2004 s.2(1)); D to J Category 2.
 */
public enum HazardBand {
  /** 5000 or more. */
  A(5000),
  /** 2000 to 4999. */
  B(2000),
  /** 1000 to 1999. */
  C(1000),
  /** 500 to 999. */
  D(500),
  /** 200 to 499. */
  E(200),
  /** 100 to 199. */
  F(100),
  /** 50 to 99. */
  G(50),
  /** 20 to 49. */
  H(20),
  /** 10 to 19. */
  I(10),
  /** 9 or less. */
  J(0);

  private final long lowestScore;

  HazardBand(long lowestScore) {
    this.lowestScore = lowestScore;
  }

  /** The lowest whole score in the band. */
  public long lowestScore() {
    return lowestScore;
  }

  /** The band of a whole score (a negative score cannot arise; it would be band J). */
  public static HazardBand of(long score) {
    for (HazardBand band : values()) {
      if (score >= band.lowestScore) {
        return band;
      }
    }
    return J;
  }

  /**
   * The band of the exact score {@code numerator / likelihoodPoint}, compared without rounding: the
   * score is in a band when {@code numerator >= lowestScore × likelihoodPoint} (s.2(1), "of or
   * above"); so 1999.0 / 2 = 999.5 is band D.
   */
  public static HazardBand of(java.math.BigDecimal numerator, int likelihoodPoint) {
    for (HazardBand band : values()) {
      if (numerator.compareTo(java.math.BigDecimal.valueOf(band.lowestScore).multiply(
          java.math.BigDecimal.valueOf(likelihoodPoint))) >= 0) {
        return band;
      }
    }
    return J;
  }

  /** Category 1 for bands A to C, else Category 2. */
  public HazardCategory category() {
    return lowestScore >= 1000 ? HazardCategory.CATEGORY_1 : HazardCategory.CATEGORY_2;
  }
}
