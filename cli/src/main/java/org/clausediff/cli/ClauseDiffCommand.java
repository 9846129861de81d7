package org.clausediff.cli;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.clausediff.report.PrintableText;
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
    usageHelpAutoWidth = true)
public final class ClauseDiffCommand implements Runnable {
  /** The subcommands, in the order the help lists them. */
  private static final List<Class<?>> SUBCOMMANDS =
      List.of(
          SegmentCommand.class,
          CompareCommand.class,
          DupsCommand.class,
          CollateCommand.class,
          CorpusCommand.class,
          HelpCommand.class);

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "a command is required: " + String.join(", ", subcommandNames()));
  }

  private Iterable<String> subcommandNames() {
    return spec.subcommands().keySet();
  }

  /**
   * Runs the command line {@code args}, writing to {@code out} and {@code err}, with an empty
   * standard input, and returns the exit status. User errors print one line on {@code err}; stack
   * traces appear only with {@code --debug}. What goes to standard output is written to {@code out}
   * when the run ends.
   */
  public static int run(Terminal terminal, PrintWriter out, PrintWriter err, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = run(terminal, StandardStreams.of(InputStream.nullInputStream(), bytes), err, args);
    out.print(bytes.toString(StandardCharsets.UTF_8));
    out.flush();
    return status;
  }

  /**
   * Runs the command line {@code args} with {@code streams} and returns the exit status: as {@link
   * #run(Terminal, PrintWriter, PrintWriter, String...)}, and a report that cannot be written to
   * standard output (a full device, a file-size limit, a closed stream) ends the run with status 2
   * and one line — but for a closed pipe, which ends it quietly.
   */
  static int run(Terminal terminal, StandardStreams streams, PrintWriter err, String... args) {
    return run(terminal, streams, err, Tree.NAMED, args);
  }

  /** As {@link #run(Terminal, StandardStreams, PrintWriter, String...)}, building {@code tree}. */
  static int run(
      Terminal terminal, StandardStreams streams, PrintWriter err, Tree tree, String... args) {
    boolean debug = Arrays.asList(args).contains("--debug");
    PrintWriter out = new PrintWriter(streams.out().writer(), false);
    int status;
    try (Workers workers = new Workers()) {
      CommandLine commandLine =
          commandLine(
              new Factory(terminal, workers, streams),
              tree == Tree.NAMED && args.length > 0 ? Optional.of(args[0]) : Optional.empty());
      status = run(commandLine, debug, out, err, args);
    }
    out.flush();
    Optional<java.io.IOException> failure = streams.out().failure();
    if (failure.isPresent()
        && !StandardOutput.isClosedPipe(failure.get())
        && status != ExitStatus.TROUBLE) {
      // Help, a version or a report that went wrong only at the last flush.
      err.println(StandardOutput.problem(failure.get()));
      status = ExitStatus.TROUBLE;
    }
    err.flush();
    return status;
  }

  private static int run(
      CommandLine commandLine, boolean debug, PrintWriter out, PrintWriter err, String... args) {
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setParameterExceptionHandler(
        (ex, arguments) -> {
          PrintWriter e = ex.getCommandLine().getErr();
          if (debug) {
            ex.printStackTrace(e);
          }
          e.println(PrintableText.name("clausediff: " + Usage.message(ex)));
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
          cl.getErr().println(PrintableText.name(ErrorMessages.of(ex)));
          return ExitStatus.TROUBLE;
        });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // The work that filled the heap is unreachable now: there is room for one line.
      if (debug) {
        e.printStackTrace(err);
      }
      err.println(
          PrintableText.name(
              ErrorMessages.outOfMemory(inputs(commandLine), Runtime.getRuntime().maxMemory())));
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

  /** Which subcommands a run builds. */
  enum Tree {
    /**
     * Only the one the first argument names, if it names one but {@code help}; else every one.
     * picocli builds a command's model (every option, by reflection) when it is added, and a run
     * needs only the one it runs. What a run prints cannot depend on the others: the arguments
     * after a subcommand's name are that subcommand's, and the list of commands (the help, an
     * unknown or a missing command) appears only in runs that name none.
     */
    NAMED,
    /** Every subcommand, whatever the arguments. */
    FULL
  }

  /** The command line with every subcommand, or only with the one {@code first} names. */
  private static CommandLine commandLine(CommandLine.IFactory factory, Optional<String> first) {
    CommandLine commandLine = new CommandLine(new ClauseDiffCommand(), factory);
    Optional<Class<?>> named = Optional.empty();
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (subcommand != HelpCommand.class && first.equals(Optional.of(name(subcommand)))) {
        named = Optional.of(subcommand);
      }
    }
    for (Class<?> subcommand : SUBCOMMANDS) {
      if (named.isEmpty() || named.get() == subcommand) {
        commandLine.addSubcommand(name(subcommand), subcommand);
      }
    }
    return commandLine;
  }

  private static String name(Class<?> subcommand) {
    return subcommand.getAnnotation(Command.class).name();
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
   * Gives subcommands that take a {@link Terminal}, {@link Workers} or {@link StandardStreams} (as
   * constructor parameters, in any order) the ones of this run.
   */
  private static final class Factory implements CommandLine.IFactory {
    private final Terminal terminal;
    private final Workers workers;
    private final StandardStreams streams;

    Factory(Terminal terminal, Workers workers, StandardStreams streams) {
      this.terminal = terminal;
      this.workers = workers;
      this.streams = streams;
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
          } else if (parameters[i].equals(StandardStreams.class)) {
            arguments[i] = streams;
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

  /** Lower-cases the first letter of a sentence, as the command's own messages have it. */
  static String sentence(String message) {
    if (message.length() > 1
        && Character.isUpperCase(message.charAt(0))
        && Character.isLowerCase(message.charAt(1))) {
      return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
    return message;
  }
}
