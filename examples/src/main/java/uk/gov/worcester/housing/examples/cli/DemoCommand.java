package uk.gov.worcester.housing.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import uk.gov.worcester.housing.examples.stories.Stories;
import uk.gov.worcester.housing.examples.stories.Story;

/** {@code housing demo}: tells every example story on the bundled sample data. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run every example story on the bundled sample data.")
final class DemoCommand implements Callable<Integer> {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    int n = 0;
    for (Story story : Stories.all()) {
      n++;
      out.println();
      out.println("=== " + n + ". " + story.title() + " ===");
      story.tell(out);
    }
    out.println();
    out.println(n + " stories told.");
    out.flush();
    return 0;
  }
}
