package uk.gov.worcester.housing.report.page;

/** The red, amber, green rating a committee reads an action's status by (grey: not yet started). */
public enum Rag {
  /** On track or done. */
  GREEN("Green"),
  /** Slipping. */
  AMBER("Amber"),
  /** In trouble. */
  RED("Red"),
  /** Not started, so not rated. */
  GREY("Grey");

  private final String label;

  Rag(String label) {
    this.label = label;
  }

  /** The rating as written in a report ("Amber"). */
  public String label() {
    return label;
  }
}
