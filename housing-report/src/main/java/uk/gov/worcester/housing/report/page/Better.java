package uk.gov.worcester.housing.report.page;

/** Which way a figure is good news: more homes delivered is better, more households in B&amp;B worse. */
public enum Better {
  /** A higher figure is good news. */
  HIGHER,
  /** A lower figure is good news. */
  LOWER,
  /** Neither way is good or bad news in itself (a count of applications, say). */
  NEITHER;

  /** Whether a move in the given direction is good news, bad news or neither. */
  public Judgement judge(Direction direction) {
    if (direction == Direction.SAME || this == NEITHER) {
      return Judgement.NEUTRAL;
    }
    return (direction == Direction.UP) == (this == HIGHER) ? Judgement.BETTER : Judgement.WORSE;
  }
}
