package uk.gov.worcester.housing.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import uk.gov.worcester.housing.examples.cli.HousingCommand;
import uk.gov.worcester.housing.json.JsonSchemas;

/** {@code housing schema TYPE} prints the published schema of a document type. */
class SchemaCommandTest {
  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = HousingCommand.commandLine(new HousingCommand(CliTest.FIXED), new PrintWriter(out), new PrintWriter(err))
        .execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void aKnownTypePrintsItsShippedSchema() {
    Run r = run("schema", "household");
    assertEquals(0, r.exit(), r.err());
    assertEquals(JsonSchemas.shipped("household").orElseThrow(), r.out());
    assertTrue(r.out().contains("\"$schema\" : \"https://json-schema.org/draft/2020-12/schema\""), r.out());
    assertTrue(run("schema", "case-event").out().contains("\"const\" : \"DUTY_ENDED\""));
  }

  @Test
  void anUnknownTypeListsTheKnownOnesAndExitsTwo() {
    Run r = run("schema", "tenancy");
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("No schema for 'tenancy'"), r.err());
    for (String name : JsonSchemas.shippedNames()) {
      assertTrue(r.err().contains("  " + name + "\n"), name + " in " + r.err());
    }
  }

  @Test
  void withoutATypeItListsThemAndCodesPrintsTheCodes() {
    Run list = run("schema");
    assertEquals(0, list.exit(), list.err());
    assertTrue(list.out().contains("  approach\n"), list.out());
    Run codes = run("schema", "codes");
    assertEquals(0, codes.exit(), codes.err());
    assertTrue(codes.out().contains("\"RELIEF_DUTY\""), codes.out());
  }
}
