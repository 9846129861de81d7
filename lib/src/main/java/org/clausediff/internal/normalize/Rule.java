package org.clausediff.internal.normalize;

/** A normalization rule's step in the chain: a sink that forwards to the next one. */
abstract class Rule implements CodePointSink {
  final CodePointSink next;
  private boolean changed;

  Rule(CodePointSink next) {
    this.next = next;
  }

  /** Whether this rule changed anything so far. */
  final boolean changed() {
    return changed;
  }

  final void markChanged() {
    changed = true;
  }

  /** Emits every code point of {@code replacement} with the span {@code [start, end)}. */
  final void emitAll(String replacement, int start, int end) {
    replacement.codePoints().forEach(cp -> next.accept(cp, start, end));
  }

  @Override
  public void finish() {
    next.finish();
  }
}
