package org.clausediff.internal.dups;

/** Character classes of comparison text that duplicate detection cuts at. */
final class Characters {
  private Characters() {}

  /** Whether {@code cp} is punctuation (any Unicode punctuation category) or a space. */
  static boolean isPunctuation(int cp) {
    switch (Character.getType(cp)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
      case Character.SPACE_SEPARATOR:
        return true;
      default:
        return false;
    }
  }

  /** Whether {@code cp} opens a bracket or quotation. */
  static boolean isOpening(int cp) {
    int type = Character.getType(cp);
    return type == Character.START_PUNCTUATION || type == Character.INITIAL_QUOTE_PUNCTUATION;
  }

  /** Whether {@code cp} closes a bracket or quotation. */
  static boolean isClosing(int cp) {
    int type = Character.getType(cp);
    return type == Character.END_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
  }
}
