package uk.gov.worcester.housing.examples.cli;

import picocli.CommandLine.Command;

/** {@code housing homelessness ...}: assessments, duties and the H-CLIC return. */
@Command(name = "homelessness", mixinStandardHelpOptions = true,
    description = "Homelessness assessments and duties (Housing Act 1996 Part 7).")
final class HomelessnessCommand implements Runnable {
  @picocli.CommandLine.Spec
  picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
