/**
 * The page model a committee report is built from: a {@link uk.gov.worcester.housing.report.page.ReportPage}
 * of nested {@link uk.gov.worcester.housing.report.page.Section}s holding paragraphs, bullet lists,
 * key-figure tiles, tables and charts. Every value is immutable and checked when made; text is kept
 * exactly as given (the renderers escape it), so a page can carry any words a partner typed.
 */
package uk.gov.worcester.housing.report.page;
