package uk.gov.worcester.housing.examples.cli;

import java.time.LocalDate;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The {@code --as-at DATE} option every dated command shares: the one place the command line
 * falls back to today's date, read from the {@link HousingCommand}'s clock. Rules never read it.
 */
final class AsAtOption {
  @Option(names = "--as-at", paramLabel = "DATE", description = "The date to decide as at (default: today).")
  Optional<LocalDate> asAt = Optional.empty();

  /** The date given, or today by the command's clock. */
  LocalDate resolve(HousingCommand root) {
    return asAt.orElseGet(root::today);
  }
}
