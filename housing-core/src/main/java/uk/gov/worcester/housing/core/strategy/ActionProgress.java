package uk.gov.worcester.housing.core.strategy;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.FinancialYear;
import uk.gov.worcester.housing.core.common.HousingStyle;

/** How an action stood at the end of one reporting year: its status, RAG rating and comment. */
@Value.Immutable
@HousingStyle
public abstract class ActionProgress {
  /** The reporting year. */
  public abstract FinancialYear year();

  /** Its status. */
  public abstract ActionStatus status();

  /** Its RAG rating. */
  public abstract RagRating rag();

  /** The owner's comment. */
  public abstract Optional<String> comment();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    PlanCodes.optionalText(checks, "comment", comment(), PlanCodes.MAX_TEXT);
    checks.throwIfAny();
  }

  /** Progress in {@code year}. */
  public static ActionProgress of(FinancialYear year, ActionStatus status, RagRating rag, String comment) {
    return ImmutableActionProgress.builder().year(year).status(status).rag(rag).comment(comment).build();
  }

  /** Progress. */
  public static ImmutableActionProgress.Builder builder() {
    return ImmutableActionProgress.builder();
  }
}
