package uk.gov.worcester.housing.rules.welfare;

import java.util.EnumSet;
import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import java.util.Optional;
import java.util.Set;
import uk.gov.worcester.housing.core.welfare.AwardItem;

/**
 * A limit on how many awards of some items one household may have: over a rolling number of months
 * (the window ending on the day of the decision, so 12 months before 1 March 2025 runs from
 * 2 March 2024), or for the life of the scheme when {@code months} is empty. Each award line
 * counts as one: two vouchers are two.
 *
 * @param items the items the limit counts together
 * @param count the most awards of those items in the window
 * @param months the window's length in months; empty for the life of the scheme
 */
public record AwardLimit(Set<AwardItem> items, int count, Optional<Integer> months) {
  /** Checks the items are named, the count is not negative and any window is 1 to 120 months. */
  public AwardLimit {
    Objects.requireNonNull(items, "items");
    Objects.requireNonNull(months, "months");
    Checks.start()
        .require(!items.isEmpty(), "items", ProblemCodes.REQUIRED, "a limit names at least one item")
        .require(count >= 0 && count <= 1000, "count", ProblemCodes.OUT_OF_RANGE, "a limit's count is 0 to 1000")
        .require(months.map(m -> m >= 1 && m <= 120).orElse(true), "months", ProblemCodes.OUT_OF_RANGE,
            "a limit's window is 1 to 120 months")
        .throwIfAny();
    items = java.util.Collections.unmodifiableSet(EnumSet.copyOf(items));
  }

  /** At most {@code count} awards of {@code item} in any {@code months} rolling months. */
  public static AwardLimit rolling(int count, int months, AwardItem first, AwardItem... more) {
    return new AwardLimit(EnumSet.of(first, more), count, Optional.of(months));
  }

  /** At most {@code count} awards of {@code item} for the life of the scheme. */
  public static AwardLimit lifetime(int count, AwardItem first, AwardItem... more) {
    return new AwardLimit(EnumSet.of(first, more), count, Optional.empty());
  }
}
