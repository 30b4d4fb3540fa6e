package uk.gov.worcester.housing.rules.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.strategy.ActionStatus;
import uk.gov.worcester.housing.core.strategy.PlanSource;
import uk.gov.worcester.housing.core.strategy.RagRating;

/**
 * One action as a progress report shows it: who owns it, its target date, this year's status, RAG
 * rating and comment (all empty when the owner reported nothing for the year), last year's status,
 * and whether its target date has passed by the year's end without it being completed.
 */
@Value.Immutable
@HousingStyle
public abstract class ActionLine {
  /** The action's code. */
  public abstract String code();

  /** What is to be done. */
  public abstract String title();

  /** The owning partner's name. */
  public abstract String owner();

  /** The names of the partners that share it. */
  public abstract List<String> partners();

  /** The codes of the City Plan outcomes it supports. */
  public abstract List<String> outcomes();

  /** When it is due. */
  public abstract LocalDate targetDate();

  /** This year's status; empty if not reported. */
  public abstract Optional<ActionStatus> status();

  /** This year's RAG rating; present exactly when the status is. */
  public abstract Optional<RagRating> rag();

  /** This year's comment. */
  public abstract Optional<String> comment();

  /** Last year's status, if reported. */
  public abstract Optional<ActionStatus> lastYearStatus();

  /** True if the target date is on or before the year's last day and the action is not completed. */
  public abstract boolean pastTargetDate();

  /** Where the action comes from. */
  public abstract PlanSource source();

  @Value.Check
  protected void check() {
    Checks.start().require(status().isPresent() == rag().isPresent(), "rag", ProblemCodes.INCONSISTENT,
        "a reported action has both a status and a RAG rating; an unreported one has neither").throwIfAny();
  }

  /** A line. */
  public static ImmutableActionLine.Builder builder() {
    return ImmutableActionLine.builder();
  }
}
