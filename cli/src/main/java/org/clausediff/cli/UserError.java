package org.clausediff.cli;

/**
 * A problem the user can fix (a missing file, an unwritable output, a bad option value). The
 * message is one plain sentence, printed as is on stderr; the exit status is 2.
 */
final class UserError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UserError(String message) {
    super(message);
  }

  UserError(String message, Throwable cause) {
    super(message, cause);
  }
}
