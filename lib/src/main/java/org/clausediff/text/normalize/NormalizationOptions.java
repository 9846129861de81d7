package org.clausediff.text.normalize;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.Splitter;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which {@link NormalizationRule}s make the comparison text.
 *
 * <p>Defaults: {@code WHITESPACE}, {@code WIDTH}, {@code NFKC} and {@code PUNCTUATION} on; {@code
 * TRADITIONAL_TO_SIMPLIFIED} and {@code OCR_CONFUSABLES} off. The order in which rules are switched
 * does not matter: they always run in declaration order.
 *
 * @param rules the rules to apply
 */
public record NormalizationOptions(Set<NormalizationRule> rules) {

  /** Copies the rule set into an immutable one in declaration order. */
  public NormalizationOptions {
    checkNotNull(rules, "rules");
    rules = Sets.immutableEnumSet(rules);
  }

  /** The default rules: white space, width, NFKC and punctuation. */
  public static NormalizationOptions defaults() {
    return new NormalizationOptions(
        EnumSet.of(
            NormalizationRule.WHITESPACE,
            NormalizationRule.WIDTH,
            NormalizationRule.NFKC,
            NormalizationRule.PUNCTUATION));
  }

  /** No rules at all: the comparison text is the source text. */
  public static NormalizationOptions none() {
    return new NormalizationOptions(EnumSet.noneOf(NormalizationRule.class));
  }

  /**
   * Parses a comma-separated list of rule ids ({@link NormalizationRule#id()}); {@code none} or an
   * empty string means no rules.
   *
   * @throws IllegalArgumentException for an unknown rule id
   */
  public static NormalizationOptions parse(String ids) {
    EnumSet<NormalizationRule> rules = EnumSet.noneOf(NormalizationRule.class);
    for (String id : Splitter.on(',').trimResults().omitEmptyStrings().split(ids)) {
      if (!id.equalsIgnoreCase("none")) {
        rules.add(NormalizationRule.parse(id));
      }
    }
    return new NormalizationOptions(rules);
  }

  /** Returns a copy with {@code rule} switched on. */
  public NormalizationOptions with(NormalizationRule rule) {
    return new NormalizationOptions(Sets.union(rules, ImmutableSet.of(rule)));
  }

  /** Returns a copy with {@code rule} switched off. */
  public NormalizationOptions without(NormalizationRule rule) {
    return new NormalizationOptions(Sets.difference(rules, ImmutableSet.of(rule)));
  }

  /** Whether {@code rule} is switched on. */
  public boolean applies(NormalizationRule rule) {
    return rules.contains(rule);
  }
}
