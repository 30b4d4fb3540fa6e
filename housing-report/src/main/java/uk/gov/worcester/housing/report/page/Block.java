package uk.gov.worcester.housing.report.page;

/**
 * Something a section holds, in reading order. The set is closed, so a renderer's {@code switch}
 * over it is exhaustive and a new kind of block fails to compile until every renderer draws it.
 */
public sealed interface Block permits Section, Paragraph, BulletList, KeyFigures, Table, Chart {
  /** What kind of block this is. */
  BlockKind kind();
}
