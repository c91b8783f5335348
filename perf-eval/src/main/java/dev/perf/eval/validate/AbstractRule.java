package dev.perf.eval.validate;

import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The identity of a rule and the construction of its diagnostics; subclasses implement the check. */
public abstract class AbstractRule implements ValidationRule {
  private final String id;
  private final Severity severity;
  private final Message title;
  private final Message hint;

  /** A rule with its ID, severity, title and general hint. */
  protected AbstractRule(String id, Severity severity, Message title, Message hint) {
    this.id = Objects.requireNonNull(id, "id");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.title = Objects.requireNonNull(title, "title");
    this.hint = Objects.requireNonNull(hint, "hint");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final Message title() {
    return title;
  }

  @Override
  public final Message hint() {
    return hint;
  }

  /** A diagnostic of this rule at {@code span}, with the rule's hint. */
  protected Diagnostic diagnostic(Message message, Optional<SourceSpan> span) {
    return diagnostic(message, span, hint);
  }

  /** A diagnostic of this rule at {@code span}, with a specific hint. */
  protected Diagnostic diagnostic(Message message, Optional<SourceSpan> span, Message specificHint) {
    return new Diagnostic(id, severity, message, span, Optional.of(specificHint), List.of());
  }

  /** A diagnostic at {@code node} (or one of its {@code properties}), with the rule's hint. */
  protected Diagnostic at(ValidationContext context, Message message, Object node, String... properties) {
    return diagnostic(message, context.span(node, properties));
  }

  @Override
  public String toString() {
    return id + " " + title.en();
  }
}
