package uk.gov.worcester.housing.core.grants;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Ward;
import java.time.LocalDate;

/**
 * The project a grant would pay for: a summary of its purpose (published with an award), the
 * wards whose residents it benefits (the first named is its main ward, under which monitoring
 * counts it), the local need it answers, when it runs, how many people it expects to reach, its
 * budget and the City Plan themes it says it serves. The summary and need are free text, so
 * redacted from {@code toString()}.
 */
@Value.Immutable
@HousingStyle
public abstract class Project {
  /** The longest summary or statement of need accepted. */
  public static final int MAX_TEXT_LENGTH = 2_000;
  /** The most budget lines a project may have. */
  public static final int MAX_COSTS = 100;

  /** What the grant is for, in a sentence: published with an award. */
  @Value.Redacted
  public abstract String summary();

  /** The wards whose residents benefit, main ward first. */
  public abstract List<Ward> wards();

  /** The identified local need the project responds to, where the group has stated one. */
  @Value.Redacted
  public abstract Optional<String> identifiedNeed();

  /** The first day of the project. */
  public abstract LocalDate startsOn();

  /** The day the project is to be completed. */
  public abstract LocalDate endsOn();

  /** How many people the project expects to benefit. */
  public abstract int expectedBeneficiaries();

  /** The budget, line by line. */
  public abstract List<ProjectCost> costs();

  /** The City Plan themes the project says it serves. */
  public abstract Set<CityPlanTheme> themes();

  /** The main ward: the first named, under which monitoring counts the grant. */
  public Ward mainWard() {
    return wards().get(0);
  }

  @Value.Check
  protected void check() {
    Checks checks = Checks.start()
        .require(!summary().isBlank() && summary().length() <= MAX_TEXT_LENGTH, "summary", ProblemCodes.INVALID_FORMAT,
            "a summary is 1 to " + MAX_TEXT_LENGTH + " characters")
        .require(identifiedNeed().map(n -> !n.isBlank() && n.length() <= MAX_TEXT_LENGTH).orElse(true),
            "identifiedNeed", ProblemCodes.INVALID_FORMAT, "a statement of need is 1 to " + MAX_TEXT_LENGTH
                + " characters")
        .require(!wards().isEmpty(), "wards", ProblemCodes.REQUIRED, "a project names at least one ward")
        .require(wards().size() <= 40, "wards", ProblemCodes.TOO_MANY, "a project names at most 40 wards")
        .require(!endsOn().isBefore(startsOn()), "endsOn", ProblemCodes.INCONSISTENT,
            "a project cannot end before it starts")
        .require(expectedBeneficiaries() >= 0 && expectedBeneficiaries() <= 1_000_000, "expectedBeneficiaries",
            ProblemCodes.OUT_OF_RANGE, "expected beneficiaries are 0 to 1000000")
        .require(costs().size() <= MAX_COSTS, "costs", ProblemCodes.TOO_MANY, "a budget has at most " + MAX_COSTS
            + " lines");
    Set<Ward> seen = new HashSet<>();
    for (int i = 0; i < wards().size(); i++) {
      checks.require(seen.add(wards().get(i)), Path.of("wards").index(i), ProblemCodes.DUPLICATE,
          "a ward is named once");
    }
    checks.throwIfAny();
  }

  public static ImmutableProject.Builder builder() {
    return ImmutableProject.builder();
  }
}
