package uk.gov.worcester.housing.rules.lettings;

import java.util.List;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;

/**
 * The bedrooms a household needs by one calculation, room by room. For the size criteria it also
 * says whether they apply at all (not to a household of pension age) and the cut in eligible rent
 * a larger home would bring.
 */
@Value.Immutable
@HousingStyle
public abstract class BedroomNeed {
  public abstract BedroomCalculator calculator();

  /** Bedrooms needed: the number of {@link #rooms()}. */
  public abstract int bedrooms();

  public abstract List<BedroomAllocation> rooms();

  /** For the size criteria: false when the applicant or partner is of pension age. */
  @Value.Default
  public boolean applies() {
    return true;
  }

  /** Bedrooms the household lacks in a home with {@code available} bedrooms (0 if none). */
  public int shortfall(int available) {
    return Math.max(0, bedrooms() - available);
  }

  /** Bedrooms spare in a home with {@code available} bedrooms (0 if none). */
  public int spare(int available) {
    return Math.max(0, available - bedrooms());
  }

  /**
   * The percentage cut in eligible rent for a social tenant in a home with {@code available}
   * bedrooms: 14 for one spare bedroom, 25 for two or more (HB reg.B13(3); UC Sch.4 para 36(6)),
   * 0 where the size criteria do not apply.
   */
  public int rentReductionPercent(int available) {
    if (!applies()) {
      return 0;
    }
    int spare = spare(available);
    return spare == 0 ? 0 : spare == 1 ? 14 : 25;
  }

  static BedroomNeed of(BedroomCalculator calculator, List<BedroomAllocation> rooms, boolean applies) {
    return ImmutableBedroomNeed.builder().calculator(calculator).bedrooms(rooms.size()).rooms(rooms)
        .applies(applies).build();
  }
}
