package uk.gov.worcester.housing.report.page;

/** Where an action in a plan stands, as a progress report counts it, in the order it is shown. */
public enum Status {
  /** Done. */
  COMPLETED("Completed", Rag.GREEN),
  /** Under way and on track. */
  IN_PROGRESS("In progress", Rag.GREEN),
  /** Under way but behind its date. */
  DELAYED("Delayed", Rag.AMBER),
  /** Unlikely to be delivered without action. */
  AT_RISK("At risk", Rag.RED),
  /** Not yet begun. */
  NOT_STARTED("Not started", Rag.GREY);

  private final String label;
  private final Rag rag;

  Status(String label, Rag rag) {
    this.label = label;
    this.rag = rag;
  }

  /** The status as written in a report ("In progress"). */
  public String label() {
    return label;
  }

  /** Its red, amber, green rating. */
  public Rag rag() {
    return rag;
  }
}
