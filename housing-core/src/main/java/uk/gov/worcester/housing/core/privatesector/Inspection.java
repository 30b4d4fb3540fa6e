package uk.gov.worcester.housing.core.privatesector;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * An HHSRS inspection of a dwelling (Housing Act 2004 ss.3-4): the date and the hazards judged, at
 * most one judgement per hazard. The dwelling is named by the council's own reference, not its
 * address.
 */
@Value.Immutable
@HousingStyle
public abstract class Inspection {
  /** The council's reference for the inspection. */
  public abstract String reference();

  public abstract LocalDate inspectedOn();

  /** The hazards judged, in the order recorded. */
  public abstract List<HazardJudgement> judgements();

  @Value.Check
  protected void check() {
    Checks checks = Checks.start();
    checks.require(reference().matches("[A-Za-z0-9][A-Za-z0-9/_.-]{0,39}"), "reference", ProblemCodes.INVALID_FORMAT,
        "a reference is 1 to 40 letters, digits and / _ . -");
    checks.require(Dates.sane(inspectedOn()), "inspectedOn", ProblemCodes.OUT_OF_RANGE,
        "an inspection is dated from 1900 to 2999");
    Set<Hazard> seen = new HashSet<>();
    for (int i = 0; i < judgements().size(); i++) {
      checks.require(seen.add(judgements().get(i).hazard()), Path.of("judgements").index(i).field("hazard"),
          ProblemCodes.DUPLICATE, "a hazard is judged once in an inspection");
    }
    checks.throwIfAny();
  }

  /** A builder. */
  public static ImmutableInspection.Builder builder() {
    return ImmutableInspection.builder();
  }
}
