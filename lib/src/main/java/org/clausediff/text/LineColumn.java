package org.clausediff.text;

import static com.google.common.base.Preconditions.checkArgument;

/**
 * A position as people count it: 1-based line and 1-based column, where the column counts code
 * points from the start of the line.
 *
 * @param line the line number, from 1
 * @param column the column number, from 1
 */
public record LineColumn(int line, int column) {

  /** Validates that both numbers are positive. */
  public LineColumn {
    checkArgument(line >= 1, "line must be >= 1 but was %s", line);
    checkArgument(column >= 1, "column must be >= 1 but was %s", column);
  }

  @Override
  public String toString() {
    return line + ":" + column;
  }
}
