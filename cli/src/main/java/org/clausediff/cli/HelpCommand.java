package org.clausediff.cli;

import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code clausediff help [COMMAND]}: the same as {@code clausediff [COMMAND] --help}. */
@Command(
    name = "help",
    helpCommand = true,
    description = "Show the help of clausediff, or of COMMAND.",
    usageHelpAutoWidth = true)
final class HelpCommand implements Runnable {
  @Spec CommandSpec spec;

  @Parameters(arity = "0..1", paramLabel = "COMMAND", description = "The command to explain.")
  Optional<String> command = Optional.empty();

  @Override
  public void run() {
    CommandLine top = spec.commandLine().getParent();
    if (command.isEmpty()) {
      top.usage(spec.commandLine().getOut());
      return;
    }
    CommandLine sub = top.getSubcommands().get(command.get());
    if (sub == null) {
      throw new ParameterException(
          spec.commandLine(),
          "'"
              + command.get()
              + "' is not a clausediff command"
              + Usage.suggestion(command.get(), top.getSubcommands().keySet())
                  .map(s -> "; did you mean '" + s + "'?")
                  .orElse(
                      "; the commands are " + String.join(", ", top.getSubcommands().keySet())));
    }
    sub.usage(spec.commandLine().getOut());
  }
}
