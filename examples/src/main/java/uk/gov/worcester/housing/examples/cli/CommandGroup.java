package uk.gov.worcester.housing.examples.cli;

import picocli.CommandLine;

/**
 * A command that only groups sub-commands: run without one, it is a usage mistake (exit 2) and
 * prints the message and its usage on standard error.
 */
abstract class CommandGroup implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(),
        "Missing sub-command: give one of " + String.join(", ", spec.subcommands().keySet()));
  }
}
