package uk.gov.worcester.housing.core.welfare;

import java.util.Objects;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.ProblemCodes;
import uk.gov.worcester.housing.core.common.Money;

/**
 * One thing a referral asks the Discretionary Welfare Assistance Scheme for. The set is closed:
 * a food voucher, an energy voucher, essential items, or one item from the resettlement catalogue.
 */
public sealed interface ItemRequest {
  /** The kind of help asked for. */
  AwardItem item();

  /** A food voucher, its value set by the household's size. */
  static ItemRequest foodVoucher() {
    return FoodVoucher.INSTANCE;
  }

  /** An energy voucher, its value set by whether the household is a family. */
  static ItemRequest energyVoucher() {
    return EnergyVoucher.INSTANCE;
  }

  /** Essential items costing {@code estimatedCost}, as goods. */
  static ItemRequest essentialItems(Money estimatedCost) {
    return new EssentialItems(estimatedCost, false);
  }

  /** One item from the resettlement catalogue. */
  static ItemRequest resettlement(CatalogueItem item) {
    return new ResettlementItem(item);
  }

  /** A food voucher. */
  record FoodVoucher() implements ItemRequest {
    static final FoodVoucher INSTANCE = new FoodVoucher();

    @Override
    public AwardItem item() {
      return AwardItem.FOOD_VOUCHER;
    }
  }

  /** An energy voucher. */
  record EnergyVoucher() implements ItemRequest {
    static final EnergyVoucher INSTANCE = new EnergyVoucher();

    @Override
    public AwardItem item() {
      return AwardItem.ENERGY_VOUCHER;
    }
  }

  /**
   * Essential items, by need.
   *
   * @param estimatedCost what the referrer estimates the items cost; more than nothing
   * @param asFinancialSupport the referral asks for money rather than goods, which only a policy
   *     allowing it grants
   */
  record EssentialItems(Money estimatedCost, boolean asFinancialSupport) implements ItemRequest {
    /** Checks the cost is more than nothing. */
    public EssentialItems {
      Objects.requireNonNull(estimatedCost, "estimatedCost");
      Checks.start().require(estimatedCost.isPositive(), "estimatedCost", ProblemCodes.OUT_OF_RANGE,
          "an estimated cost is more than nothing").throwIfAny();
    }

    @Override
    public AwardItem item() {
      return AwardItem.ESSENTIAL_ITEMS;
    }
  }

  /**
   * One catalogue item for a planned move.
   *
   * @param catalogueItem the item
   */
  record ResettlementItem(CatalogueItem catalogueItem) implements ItemRequest {
    /** Checks the item is given. */
    public ResettlementItem {
      Objects.requireNonNull(catalogueItem, "catalogueItem");
    }

    @Override
    public AwardItem item() {
      return AwardItem.RESETTLEMENT_ITEM;
    }
  }
}
