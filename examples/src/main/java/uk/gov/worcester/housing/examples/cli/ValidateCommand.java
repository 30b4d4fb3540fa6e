package uk.gov.worcester.housing.examples.cli;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import uk.gov.worcester.housing.core.common.Problem;
import uk.gov.worcester.housing.core.household.Household;

/** {@code housing validate ...}: checks a JSON file against the contract. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a JSON file and print its problems, or what it says.",
    subcommands = {ValidateCommand.HouseholdCommand.class})
final class ValidateCommand extends CommandGroup {
  @ParentCommand
  HousingCommand root;


  /** {@code housing validate household FILE [--as-at DATE]}. */
  @Command(name = "household", mixinStandardHelpOptions = true,
      description = "Validate a household file; print its problems, or its derived facts as at a date.")
  static final class HouseholdCommand implements Callable<Integer> {
    @ParentCommand
    ValidateCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The household JSON file; - reads standard input.")
    Path file;

    @picocli.CommandLine.Mixin
    AsAtOption asAt;

    @Override
    public Integer call() {
      HousingCommand root = parent.root;
      Validation<Seq<Problem>, Household> household = root.inputs().json(file, DocumentKind.HOUSEHOLD, Household.class);
      if (household.isInvalid()) {
        return InputFiles.report(spec.commandLine().getErr(), file, household.getError());
      }
      LocalDate date = asAt.resolve(root);
      OutputFiles.print(spec.commandLine().getOut(), root.json().write(household.get().profileOn(date))
          + System.lineSeparator());
      return 0;
    }
  }
}
