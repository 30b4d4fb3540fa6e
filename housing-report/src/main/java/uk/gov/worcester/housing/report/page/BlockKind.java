package uk.gov.worcester.housing.report.page;

/**
 * What kind of {@link Block} a block is, one constant per record, so a renderer can {@code switch}
 * over it exhaustively (Java 17 cannot yet switch over the sealed types themselves).
 */
public enum BlockKind {
  /** A {@link Section}. */
  SECTION,
  /** A {@link Paragraph}. */
  PARAGRAPH,
  /** A {@link BulletList}. */
  BULLET_LIST,
  /** A {@link KeyFigures} row of tiles. */
  KEY_FIGURES,
  /** A {@link Table}. */
  TABLE,
  /** A {@link BarChart}. */
  BAR_CHART,
  /** A {@link StatusChart}. */
  STATUS_CHART
}
