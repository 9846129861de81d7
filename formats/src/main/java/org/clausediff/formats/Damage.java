package org.clausediff.formats;

import org.clausediff.ClauseDiffException;
import org.clausediff.formats.UnreadableDocumentException.Reason;

/**
 * Tells damage in a file from a bug: POI and PDFBox answer some malformed input with unchecked
 * exceptions (an invalid relationship target, an index out of range in a record). An unchecked
 * exception thrown inside a parser (the top of its stack is in {@code org.apache}, the JDK's XML or
 * ZIP code) is the file's damage and becomes {@link Reason#CORRUPT}; one thrown in our own code is
 * a bug and goes on as it is.
 */
final class Damage {
  private Damage() {}

  /**
   * Returns the exception to throw for {@code e}, raised while reading {@code name}: a {@link
   * UnreadableDocumentException} saying {@code what} if a parser raised it, else {@code e} itself.
   */
  static RuntimeException ifFromParser(RuntimeException e, String name, String what) {
    if (e instanceof ClauseDiffException) {
      return e;
    }
    StackTraceElement[] trace = e.getStackTrace();
    String origin = trace.length == 0 ? "" : trace[0].getClassName();
    boolean parser =
        origin.startsWith("org.apache.")
            || origin.startsWith("com.sun.org.apache.")
            || origin.startsWith("java.util.zip.")
            || origin.startsWith("javax.xml.")
            || origin.startsWith("org.openxmlformats.")
            || origin.startsWith("org.etsi.")
            || origin.startsWith("com.microsoft.schemas.")
            || origin.startsWith("java.io.");
    if (!parser) {
      // JDK helpers (Objects.checkIndex, ArrayList…) called from a parser: look one frame deeper
      for (StackTraceElement frame : trace) {
        String c = frame.getClassName();
        if (c.startsWith("java.") || c.startsWith("jdk.")) {
          continue;
        }
        parser = c.startsWith("org.apache.") || c.startsWith("com.sun.org.apache.");
        break;
      }
    }
    if (!parser) {
      return e;
    }
    return new UnreadableDocumentException(name, Reason.CORRUPT, what + " (" + oneLine(e) + ")");
  }

  /** The first line of {@code e}'s message: parsers' messages can run over several lines. */
  static String oneLine(Exception e) {
    String message = String.valueOf(e.getMessage());
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
