package uk.gov.worcester.housing.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import uk.gov.worcester.housing.json.JsonSchemas;

/**
 * {@code housing schema TYPE}: prints the published JSON Schema (draft 2020-12) of a document type,
 * as shipped in the housing-json jar. Without a type, or with an unknown one, it lists the types;
 * {@code housing schema codes} prints the reason, deadline and problem codes.
 */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = "Print the JSON Schema of a document type (household, approach, case-record, ...), or "
        + "'codes' for the reason, deadline and problem codes; without a type, list the types.")
final class SchemaCommand implements Callable<Integer> {
  /** The pseudo-type that prints the codes file. */
  static final String CODES = "codes";

  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "TYPE", description = "The document type.")
  Optional<String> type;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    List<String> known = JsonSchemas.shippedNames();
    if (type.isEmpty()) {
      list(out, known);
      return 0;
    }
    Optional<String> schema = type.get().equals(CODES) ? Optional.of(JsonSchemas.shippedCodes())
        : JsonSchemas.shipped(type.get());
    if (schema.isEmpty()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("No schema for '" + type.get() + "'. Known types:");
      list(err, known);
      return 2;
    }
    out.print(schema.get());
    out.flush();
    return 0;
  }

  private static void list(PrintWriter to, List<String> known) {
    for (String name : known) {
      to.println("  " + name);
    }
    to.println("  " + CODES + "  (reason, deadline and problem codes)");
    to.flush();
  }
}
