package uk.gov.worcester.housing.core.privatesector;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.Checks;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.core.common.Path;
import uk.gov.worcester.housing.core.common.ProblemCodes;

/**
 * The spread of harm an occurrence could cause, as percentages across the four classes of harm
 * ({@link HarmClass}): each from 0 to 100 with at most one decimal place, the four totalling
 * exactly 100. Values are held at scale 1 ({@code 21.5}, {@code 100.0}) so two equal spreads are
 * equal however they were written.
 */
@Value.Immutable
@HousingStyle
public abstract class HarmSpread {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Percentage in Class I (extreme). */
  public abstract BigDecimal classI();

  /** Percentage in Class II (severe). */
  public abstract BigDecimal classII();

  /** Percentage in Class III (serious). */
  public abstract BigDecimal classIII();

  /** Percentage in Class IV (moderate). */
  public abstract BigDecimal classIV();

  /** The percentage in {@code harmClass}. */
  public BigDecimal percent(HarmClass harmClass) {
    switch (harmClass) {
      case CLASS_I:
        return classI();
      case CLASS_II:
        return classII();
      case CLASS_III:
        return classIII();
      case CLASS_IV:
        return classIV();
      default:
        throw new IllegalStateException("unknown harm class");
    }
  }

  /** A spread of the four percentages, Class I first. */
  public static HarmSpread of(String classI, String classII, String classIII, String classIV) {
    return builder().classI(new BigDecimal(classI)).classII(new BigDecimal(classII))
        .classIII(new BigDecimal(classIII)).classIV(new BigDecimal(classIV)).build();
  }

  @Value.Check
  protected HarmSpread normalise() {
    Checks checks = Checks.start();
    check(checks, "classI", classI());
    check(checks, "classII", classII());
    check(checks, "classIII", classIII());
    check(checks, "classIV", classIV());
    checks.throwIfAny();
    BigDecimal total = classI().add(classII()).add(classIII()).add(classIV());
    Checks.start().require(total.compareTo(HUNDRED) == 0, Path.root(), ProblemCodes.INCONSISTENT,
        "the four classes of harm total exactly 100 per cent").throwIfAny();
    if (classI().scale() == 1 && classII().scale() == 1 && classIII().scale() == 1 && classIV().scale() == 1) {
      return this;
    }
    return builder().classI(scaled(classI())).classII(scaled(classII())).classIII(scaled(classIII()))
        .classIV(scaled(classIV())).build();
  }

  private static void check(Checks checks, String field, BigDecimal value) {
    checks.require(value.signum() >= 0 && value.compareTo(HUNDRED) <= 0, field, ProblemCodes.OUT_OF_RANGE,
        "a class of harm's percentage is from 0 to 100");
    checks.require(value.stripTrailingZeros().scale() <= 1, field, ProblemCodes.INVALID_FORMAT,
        "a class of harm's percentage has at most one decimal place");
  }

  private static BigDecimal scaled(BigDecimal value) {
    return value.setScale(1, RoundingMode.UNNECESSARY);
  }

  /** A builder. */
  public static ImmutableHarmSpread.Builder builder() {
    return ImmutableHarmSpread.builder();
  }
}
