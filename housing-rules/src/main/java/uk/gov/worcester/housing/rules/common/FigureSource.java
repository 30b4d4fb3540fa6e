package uk.gov.worcester.housing.rules.common;

import java.util.Optional;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * What supports one figure of a policy: the provision it comes from (a statute section, an
 * order's article, a policy document's paragraph), a note, or both, and whether the figure is
 * unconfirmed (a best-known default that a council should check). A policy document carries one
 * per figure, so a caseworker or an auditor can see where each number comes from.
 */
@Value.Immutable
@HousingStyle
public abstract class FigureSource {
  /** The longest note accepted. */
  public static final int MAX_NOTE = 500;

  public abstract Optional<Citation> citation();

  public abstract Optional<String> note();

  /** A best-known default not confirmed in a source read for this library. */
  @Value.Default
  public boolean unconfirmed() {
    return false;
  }

  @Value.Check
  protected void check() {
    Checks.start()
        .require(citation().isPresent() || note().isPresent(), "citation", ProblemCodes.REQUIRED,
            "a figure's source has a citation, a note, or both")
        .require(note().map(n -> !n.isBlank() && n.length() <= MAX_NOTE).orElse(true), "note",
            ProblemCodes.INVALID_FORMAT, "a note is 1 to " + MAX_NOTE + " characters")
        .throwIfAny();
  }

  /** A figure set by {@code citation}. */
  public static FigureSource of(Citation citation) {
    return ImmutableFigureSource.builder().citation(citation).build();
  }

  /** A figure set by {@code citation}, with a note. */
  public static FigureSource of(Citation citation, String note) {
    return ImmutableFigureSource.builder().citation(citation).note(note).build();
  }

  /** A best-known default, with the note saying what it rests on. */
  public static FigureSource unconfirmed(Citation citation, String note) {
    return ImmutableFigureSource.builder().citation(citation).note(note).unconfirmed(true).build();
  }

  public static ImmutableFigureSource.Builder builder() {
    return ImmutableFigureSource.builder();
  }
}
