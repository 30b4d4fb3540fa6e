package uk.gov.worcester.housing.report.page;

/**
 * A line a committee report opens with: "Report to: Communities Committee", "Ward(s): All".
 *
 * @param label what the line says, without its colon ("Report to")
 * @param value what it says it is ("Communities Committee")
 */
public record MetaLine(String label, String value) {
  /** Checks both parts are there. */
  public MetaLine {
    Text.required(label, "label");
    Text.required(value, "value");
  }
}
