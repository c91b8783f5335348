package dev.perf.cli.output;

import dev.perf.dsl.DslRule;
import dev.perf.eval.validate.Validator;
import dev.perf.model.diagnostic.Rule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Every rule perf knows: the parser's (PERF-E0xx …) and the validator's (PERF-E2xx …, PERF-E3xx …). */
public final class RuleCatalog {
  private static final Map<String, Rule> RULES = build();

  private RuleCatalog() {}

  private static Map<String, Rule> build() {
    Map<String, Rule> m = new LinkedHashMap<>();
    for (DslRule r : DslRule.values()) {
      m.put(r.id(), r);
    }
    for (Rule r : Validator.allRules()) {
      m.put(r.id(), r);
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /** The rule with {@code id}. */
  public static Optional<Rule> rule(String id) {
    return Optional.ofNullable(RULES.get(id));
  }

  /** Every rule, parser rules first. */
  public static Map<String, Rule> all() {
    return RULES;
  }
}
