package uk.gov.worcester.housing.core.welfare;

/** How an award line was fulfilled. */
public enum FulfilmentKind {
  /** A voucher was issued (for a {@link AwardForm#VOUCHER} line). */
  VOUCHER_ISSUED,
  /** Goods were delivered (for a {@link AwardForm#GOODS} line). */
  ITEM_DELIVERED,
  /** Financial support was paid (for a {@link AwardForm#FINANCIAL_SUPPORT} line). */
  PAID;

  /** The fulfilment that suits an award of {@code form}. */
  public static FulfilmentKind of(AwardForm form) {
    return switch (form) {
      case VOUCHER -> VOUCHER_ISSUED;
      case GOODS -> ITEM_DELIVERED;
      case FINANCIAL_SUPPORT -> PAID;
    };
  }
}
