package uk.gov.worcester.housing.core.welfare;

import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Money;

/**
 * One item awarded: what was asked for, the form it is given in, and its value (charged to the
 * scheme's budget).
 *
 * @param request the item awarded
 * @param form voucher, goods, or (where the policy allows) financial support
 * @param value the value charged to the budget; more than nothing
 */
public record AwardLine(ItemRequest request, AwardForm form, Money value) {
  /** Checks every part is given and the value is more than nothing. */
  public AwardLine {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(form, "form");
    Objects.requireNonNull(value, "value");
    Checks.start().require(value.isPositive(), "value", ProblemCodes.OUT_OF_RANGE,
        "an award's value is more than nothing").throwIfAny();
  }

  /** The kind of help awarded. */
  public AwardItem item() {
    return request.item();
  }
}
