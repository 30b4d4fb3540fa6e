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
import uk.gov.worcester.housing.core.common.Validated;
import uk.gov.worcester.housing.core.household.Household;
import uk.gov.worcester.housing.json.HousingModule;
import uk.gov.worcester.housing.json.common.CodecRegistry;
import uk.gov.worcester.housing.json.common.PolicyDocuments;
import uk.gov.worcester.housing.rules.common.PolicyTimeline;

/** {@code housing validate ...}: checks a JSON file against the contract. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a JSON file and print its problems, or what it says.",
    subcommands = {ValidateCommand.HouseholdCommand.class, ValidateCommand.PolicyFileCommand.class})
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
      Validation<Integer, Household> household = JsonResult.read(spec, root.inputs(), file, DocumentKind.HOUSEHOLD,
          Household.class);
      if (household.isInvalid()) {
        return household.getError();
      }
      LocalDate date = asAt.resolve(root);
      return JsonResult.print(spec, root.json().write(household.get().profileOn(date)));
    }
  }

  /** {@code housing validate policy FILE}. */
  @Command(name = "policy", mixinStandardHelpOptions = true,
      description = "Validate a policy document; print every problem at its pointer, or its versions.")
  static final class PolicyFileCommand implements Callable<Integer> {
    @ParentCommand
    ValidateCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The policy document; - reads standard input.")
    Path file;

    @Override
    public Integer call() {
      CodecRegistry contract = HousingModule.contract();
      Validation<Seq<Problem>, String> read = parent.root.inputs().json(file, java.util.List.of(DocumentKind.POLICY),
          node -> {
            String kind = node.path("policy").asString("");
            CodecRegistry.ShippedPolicy policy = contract.policies().get(kind);
            if (policy == null) {
              return Validated.invalid(Problem.at("policy", PolicyDocuments.WRONG_POLICY, "not a policy this library "
                  + "knows; one of " + String.join(", ", contract.policies().keySet())));
            }
            return contract.documents().get(policy.document()).codec().read(node)
                .map(timeline -> kind + ": " + ((PolicyTimeline<?>) timeline).versions()
                    .map(v -> v.version() + " from " + v.effectiveFrom()).mkString(", "));
          });
      return JsonResult.printOrReport(spec, file, read);
    }
  }
}
