/**
 * Renderers that turn a {@link uk.gov.worcester.housing.report.page.ReportPage} into a file: Markdown
 * a committee clerk can read as plain text, and one self-contained, accessible HTML page with inline
 * SVG charts. Both escape every piece of text, give the same bytes for the same page and run in time
 * linear in the page's size.
 */
package uk.gov.worcester.housing.report.render;
