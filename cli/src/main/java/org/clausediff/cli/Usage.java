package org.clausediff.cli;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The text of a usage error, in the command's own words: an unknown command or option with a "did
 * you mean" when one is close (one or two letters off, or the start of one), and picocli's other
 * messages as sentences. The command prints it after {@code clausediff: }, with {@code Try
 * 'clausediff CMD --help'} on the next line.
 */
final class Usage {
  private Usage() {}

  /** The message of {@code error}. */
  static String message(ParameterException error) {
    if (error instanceof UnmatchedArgumentException) {
      UnmatchedArgumentException unmatched = (UnmatchedArgumentException) error;
      CommandLine command = unmatched.getCommandLine();
      List<String> arguments = unmatched.getUnmatched();
      String first = arguments.isEmpty() ? "" : arguments.get(0);
      if (first.startsWith("-") && first.length() > 1) {
        String option = first.contains("=") ? first.substring(0, first.indexOf('=')) : first;
        return "unknown option '"
            + option
            + "'"
            + suggestion(option, command.getCommandSpec().optionsMap().keySet())
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("");
      }
      if (command.getParent() == null) {
        Collection<String> commands = command.getSubcommands().keySet();
        return "'"
            + first
            + "' is not a clausediff command"
            + suggestion(first, commands)
                .map(s -> "; did you mean '" + s + "'?")
                .orElse("; the commands are " + String.join(", ", commands));
      }
      return "unexpected argument '" + first + "'";
    }
    return ClauseDiffCommand.sentence(error.getMessage());
  }

  /**
   * The one of {@code candidates} that {@code typed} most likely misspells: the closest within two
   * edits (a letter added, dropped, changed, or two swapped) and less than half its length, or else
   * the only one it begins.
   */
  static Optional<String> suggestion(String typed, Collection<String> candidates) {
    Optional<String> best = Optional.empty();
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates.stream().sorted().toList()) {
      int distance = distance(typed, candidate);
      if (distance < bestDistance) {
        best = Optional.of(candidate);
        bestDistance = distance;
      }
    }
    if (best.isPresent() && bestDistance <= 2 && 2 * bestDistance < typed.length()) {
      return best;
    }
    List<String> extending = new ArrayList<>();
    for (String candidate : candidates) {
      if (typed.length() >= 2 && candidate.startsWith(typed)) {
        extending.add(candidate);
      }
    }
    return extending.size() == 1 ? Optional.of(extending.get(0)) : Optional.empty();
  }

  /** The optimal string alignment distance: insertions, deletions, substitutions, swaps. */
  private static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
