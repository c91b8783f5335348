package dev.perf.eval.validate;

import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Rule;
import java.util.List;

/** One validation rule: a stable ID, a severity, a title, a hint, and the check itself. */
public interface ValidationRule extends Rule {
  /** How to fix what the rule finds, in general. */
  Message hint();

  /** The diagnostics for {@code context}'s document; empty if it passes. */
  List<Diagnostic> check(ValidationContext context);
}
