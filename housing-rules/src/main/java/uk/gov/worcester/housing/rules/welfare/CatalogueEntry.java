package uk.gov.worcester.housing.rules.welfare;

import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Money;
import uk.gov.worcester.housing.core.welfare.CatalogueItem;

/**
 * An item of the resettlement catalogue: its price to the scheme and which households it is for.
 *
 * @param item the item
 * @param price what the scheme pays, charged to the budget; more than nothing
 * @param forHouseholds which households may have it (a fridge-freezer for families, say)
 */
public record CatalogueEntry(CatalogueItem item, Money price, ForHouseholds forHouseholds) {
  /** Checks every part is given and the price is more than nothing. */
  public CatalogueEntry {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(forHouseholds, "forHouseholds");
    Checks.start().require(price.isPositive(), "price", ProblemCodes.OUT_OF_RANGE,
        "a catalogue price is more than nothing").throwIfAny();
  }

  /** Which households a catalogue item is for. */
  public enum ForHouseholds {
    /** Any household. */
    ANY,
    /** Families (a dependent child or a pregnant member) only. */
    FAMILIES,
    /** Households that are not families only. */
    NOT_FAMILIES;

    /** True if a household that is, or is not, a family may have the item. */
    public boolean allows(boolean family) {
      return switch (this) {
        case ANY -> true;
        case FAMILIES -> family;
        case NOT_FAMILIES -> !family;
      };
    }
  }
}
