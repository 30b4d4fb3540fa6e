package uk.gov.worcester.housing.examples.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.gov.worcester.housing.json.HousingModule;
import uk.gov.worcester.housing.json.common.CodecRegistry;

/**
 * {@code housing policy KIND}: prints the shipped default of a policy (Worcester's figures, the
 * law's versions) as its JSON document, each figure with the citation or note behind it, so a
 * council can copy it, change its figures and pass it to any rule command with
 * {@code --policy FILE}. Without a kind, or with an unknown one, it lists the kinds.
 */
@Command(name = "policy", mixinStandardHelpOptions = true,
    description = "Print the shipped default of a policy as a JSON document (edit it and pass it back with "
        + "--policy FILE); without a kind, list the kinds.")
final class PolicyCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "KIND", description = "The policy, e.g. LOCAL_HOMELESSNESS.")
  Optional<String> kind;

  @Override
  public Integer call() {
    Map<String, CodecRegistry.ShippedPolicy> known = HousingModule.contract().policies();
    if (kind.isEmpty()) {
      list(spec.commandLine().getOut(), known);
      return 0;
    }
    CodecRegistry.ShippedPolicy policy = known.get(kind.get());
    if (policy == null) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("No policy '" + kind.get() + "'. Known policies:");
      list(err, known);
      return 2;
    }
    OutputFiles.print(spec.commandLine().getOut(), policy.text());
    return 0;
  }

  private static void list(PrintWriter to, Map<String, CodecRegistry.ShippedPolicy> known) {
    for (CodecRegistry.ShippedPolicy p : known.values()) {
      to.println("  " + p.kind() + "  (schema: housing schema " + p.document() + ")");
    }
    to.flush();
  }
}
