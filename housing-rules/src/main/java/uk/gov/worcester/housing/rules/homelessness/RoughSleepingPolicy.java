package uk.gov.worcester.housing.rules.homelessness;

import java.time.LocalDate;
import java.util.Map;
import uk.gov.worcester.housing.core.common.Citation;
import uk.gov.worcester.housing.rules.common.FigureSource;
import org.immutables.value.Value;
import uk.gov.worcester.housing.core.common.HousingStyle;
import uk.gov.worcester.housing.rules.common.Policy;

/**
 * The definitions rough sleeping monitoring uses: someone is a "new" rough sleeper if not seen
 * sleeping rough in the area in the previous 60 months (Ending Rough Sleeping Data Framework,
 * 2023), and No Second Night Out asks that a new rough sleeper be made an offer before a second
 * night out.
 */
@Value.Immutable
@HousingStyle
public abstract class RoughSleepingPolicy implements Policy {
  @Override
  public abstract String version();

  @Override
  public abstract LocalDate effectiveFrom();

  /** What supports each figure, by its name (see {@link Policy#sources()}). */
  @Override
  public abstract Map<String, FigureSource> sources();

  /** Months without being seen sleeping rough after which a person counts as new again. */
  @Value.Default
  public int newAfterMonthsUnseen() {
    return 60;
  }

  /** The framework's definitions from December 2023. */
  public static final RoughSleepingPolicy ENDING_ROUGH_SLEEPING_2023 = ImmutableRoughSleepingPolicy.builder()
      .version("ERS-DATA-FRAMEWORK/2023").effectiveFrom(LocalDate.of(2023, 12, 1))
      .putSources("newAfterMonthsUnseen", FigureSource.of(Citation.of("Ending Rough Sleeping Data Framework 2023",
          "P1 new rough sleepers"), "Not seen sleeping rough in the area in the previous 60 months."))
      .build();

  /** A builder for another version (a council's or a later law's). */
  public static ImmutableRoughSleepingPolicy.Builder builder() {
    return ImmutableRoughSleepingPolicy.builder();
  }
}
