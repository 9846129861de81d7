package org.clausediff;

/**
 * An input that is larger than a configured limit, or that would need more work than a configured
 * bound. The limit is named so that the caller can tell the user which option raises it.
 */
public final class LimitExceededException extends ClauseDiffException {
  private static final long serialVersionUID = 1L;

  private final String limitName;
  private final long limit;
  private final long actual;

  /**
   * Creates the exception.
   *
   * @param documentName the document's name
   * @param limitName the name of the option that sets the limit, e.g. {@code maxInputBytes}
   * @param limit the configured limit
   * @param actual the size that exceeded it, always known and larger than {@code limit}
   * @param problem one plain sentence saying which limit was exceeded
   * @throws IllegalArgumentException if {@code actual} is not larger than {@code limit}
   */
  public LimitExceededException(
      String documentName, String limitName, long limit, long actual, String problem) {
    super(documentName, problem);
    if (actual <= limit) {
      throw new IllegalArgumentException(
          limitName + ": " + actual + " does not exceed the limit " + limit);
    }
    this.limitName = limitName;
    this.limit = limit;
    this.actual = actual;
  }

  /** The name of the option that sets the limit, e.g. {@code maxInputBytes}. */
  public String limitName() {
    return limitName;
  }

  /** The configured limit. */
  public long limit() {
    return limit;
  }

  /** The size that exceeded the limit: larger than {@link #limit()}. */
  public long actual() {
    return actual;
  }
}
