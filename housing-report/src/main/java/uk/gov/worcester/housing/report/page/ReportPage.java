package uk.gov.worcester.housing.report.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One report page: its title (the report's subject), an optional subtitle, the lines a committee
 * report opens with ("Report to: Communities Committee"), the date it is presented, and its sections.
 * Sections nest at most {@link #MAX_DEPTH} deep, so every heading has an HTML level (h2 to h6).
 *
 * @param title the report's subject, the page's only first-level heading
 * @param subtitle a line under the title, such as the year reported on
 * @param meta the opening lines, in order
 * @param date the date the report is presented
 * @param sections the top-level sections, in order
 */
public record ReportPage(String title, Optional<String> subtitle, List<MetaLine> meta, LocalDate date,
    List<Section> sections) {
  /** How deep sections may nest: top-level sections are depth 1 (h2), the deepest h6. */
  public static final int MAX_DEPTH = 5;

  /** Checks the page has a title and sections nest no deeper than {@link #MAX_DEPTH}. */
  public ReportPage {
    Text.required(title, "title");
    Objects.requireNonNull(subtitle, "subtitle");
    subtitle.ifPresent(s -> Text.required(s, "subtitle"));
    meta = Text.list(meta, "meta", false);
    Objects.requireNonNull(date, "date");
    sections = Text.list(sections, "sections", false);
    for (Section section : sections) {
      if (section.depth() > MAX_DEPTH) {
        throw new IllegalArgumentException("sections nest at most " + MAX_DEPTH + " deep");
      }
    }
  }

  /** A page without a subtitle. */
  public static ReportPage of(String title, List<MetaLine> meta, LocalDate date, List<Section> sections) {
    return new ReportPage(title, Optional.empty(), meta, date, sections);
  }

  /** A page's title only, for logs: the rest may be long. */
  @Override
  public String toString() {
    return "ReportPage[" + title + ", " + date + ", " + sections.size() + " sections]";
  }
}
