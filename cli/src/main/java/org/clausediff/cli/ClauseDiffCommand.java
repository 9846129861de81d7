package org.clausediff.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code clausediff} command; the work is done by its subcommands. */
@Command(
    name = "clausediff",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Compare versions of long prose documents clause by clause.",
      "",
      "Exit status: 0 no differences / no duplication, 1 differences / duplication found,"
          + " 2 trouble."
    },
    subcommands = {
      SegmentCommand.class,
      CompareCommand.class,
      DupsCommand.class,
      CollateCommand.class,
      CorpusCommand.class
    },
    usageHelpAutoWidth = true)
public final class ClauseDiffCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: " + String.join(", ", subcommandNames()));
  }

  private Iterable<String> subcommandNames() {
    return spec.subcommands().keySet();
  }

  /**
   * Runs the command line {@code args}, writing to {@code out} and {@code err}, and returns the
   * exit status. User errors print one line on {@code err}; stack traces appear only with {@code
   * --debug}.
   */
  public static int run(Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    try (Workers workers = new Workers()) {
      return run(terminal, workers, debug, out, err, args);
    }
  }

  private static int run(
      Terminal terminal,
      Workers workers,
      boolean debug,
      PrintWriter out,
      PrintWriter err,
      String... args) {
    CommandLine commandLine =
        new CommandLine(new ClauseDiffCommand(), new Factory(terminal, workers));
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          if (debug) {
            ex.printStackTrace(e);
          }
          e.println("clausediff: " + ex.getMessage());
          e.println(
              "Try 'clausediff "
                  + (ex.getCommandLine().getParent() == null
                      ? ""
                      : ex.getCommandLine().getCommandName() + " ")
                  + "--help' for more information.");
          return ExitStatus.TROUBLE;
        });
    commandLine.setExecutionExceptionHandler(
        (ex, cl, parseResult) -> {
          if (debug) {
            ex.printStackTrace(cl.getErr());
          }
          cl.getErr().println(ErrorMessages.of(ex));
          return ExitStatus.TROUBLE;
        });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // The work that filled the heap is unreachable now: there is room for one line.
      if (debug) {
        e.printStackTrace(err);
      }
      err.println(ErrorMessages.outOfMemory(inputs(commandLine), Runtime.getRuntime().maxMemory()));
      return ExitStatus.TROUBLE;
    } catch (StackOverflowError e) {
      if (debug) {
        e.printStackTrace(err);
      }
      err.println(ErrorMessages.of(e));
      return ExitStatus.TROUBLE;
    } finally {
      out.flush();
      err.flush();
    }
  }

  /** The input files of the subcommand that ran, if it reads files. */
  private static List<Path> inputs(CommandLine commandLine) {
    CommandLine.ParseResult parsed = commandLine.getParseResult();
    if (parsed != null
        && parsed.hasSubcommand()
        && parsed.subcommand().commandSpec().userObject() instanceof ReadsFiles) {
      return ((ReadsFiles) parsed.subcommand().commandSpec().userObject()).inputs();
    }
    return List.of();
  }

  /**
   * Gives subcommands that take a {@link Terminal} or {@link Workers} (as constructor parameters,
   * in any order) the ones of this run.
   */
  private static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final Workers workers;

    Factory(Terminal terminal, Workers workers) {
      this.terminal = terminal;
      this.workers = workers;
    }

    @Override
    public <K> K create(Class<K> type) throws Exception {
      for (var constructor : type.getDeclaredConstructors()) {
        Class<?>[] parameters = constructor.getParameterTypes();
        if (parameters.length == 0) {
          continue;
        }
        Object[] arguments = new Object[parameters.length];
        boolean suppliable = true;
        for (int i = 0; i < parameters.length; i++) {
          if (parameters[i].equals(Terminal.class)) {
            arguments[i] = terminal;
          } else if (parameters[i].equals(Workers.class)) {
            arguments[i] = workers;
          } else {
            suppliable = false;
          }
        }
        if (suppliable) {
          constructor.setAccessible(true);
          return type.cast(constructor.newInstance(arguments));
        }
      }
      return CommandLine.defaultFactory().create(type);
    }
  }
}
