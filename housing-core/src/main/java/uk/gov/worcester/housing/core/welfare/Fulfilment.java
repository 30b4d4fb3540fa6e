package uk.gov.worcester.housing.core.welfare;

import java.time.LocalDate;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * A voucher issued, goods delivered or support paid against one line of an award.
 *
 * @param line the index of the award line, from 0
 * @param kind what was done, which must suit the line's form
 * @param on the day it was done, not before the decision
 */
public record Fulfilment(int line, FulfilmentKind kind, LocalDate on) {
  /** Checks every part is given and the line is not negative. */
  public Fulfilment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(on, "on");
    Checks.start().require(line >= 0, "line", ProblemCodes.OUT_OF_RANGE, "an award line is counted from 0")
        .throwIfAny();
  }
}
