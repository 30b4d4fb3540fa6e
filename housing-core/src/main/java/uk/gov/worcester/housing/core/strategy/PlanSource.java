package uk.gov.worcester.housing.core.strategy;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * Where one item of a plan (a priority, an action, an indicator's targets, a headline) comes
 * from: a stated item cites the paragraph of the document that states it; an illustrative or
 * unconfirmed one has a note saying what it rests on. A report carries the source with each
 * item, so a reader can tell the council's own words from example data.
 */
@Value.Immutable
@HousingStyle
public abstract class PlanSource {
  /** How far it can be relied on. */
  public abstract SourceKind kind();

  /** The paragraph that states it. */
  public abstract Optional<Citation> citation();

  /** What it rests on, in plain words. */
  public abstract Optional<String> note();

  /** True unless a source document states it. */
  public boolean isIllustrativeOrUnconfirmed() {
    return kind() != SourceKind.STATED;
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    checks.require(kind() != SourceKind.STATED || citation().isPresent(), "citation", ProblemCodes.REQUIRED,
        "a stated item cites the paragraph that states it");
    checks.require(kind() == SourceKind.STATED || note().isPresent(), "note", ProblemCodes.REQUIRED,
        "an illustrative or unconfirmed item has a note saying what it rests on");
    PlanCodes.optionalText(checks, "note", note(), PlanCodes.MAX_TEXT);
    checks.throwIfAny();
  }

  /** Stated in {@code citation}. */
  public static PlanSource stated(Citation citation) {
    return builder().kind(SourceKind.STATED).citation(citation).build();
  }

  /** Stated in {@code citation}, with a note. */
  public static PlanSource stated(Citation citation, String note) {
    return builder().kind(SourceKind.STATED).citation(citation).note(note).build();
  }

  /** Example data, with a note saying so. */
  public static PlanSource illustrative(String note) {
    return builder().kind(SourceKind.ILLUSTRATIVE).note(note).build();
  }

  /** A best-known item, with a note saying what it rests on. */
  public static PlanSource unconfirmed(String note) {
    return builder().kind(SourceKind.UNCONFIRMED).note(note).build();
  }

  /** A source. */
  public static ImmutablePlanSource.Builder builder() {
    return ImmutablePlanSource.builder();
  }
}
