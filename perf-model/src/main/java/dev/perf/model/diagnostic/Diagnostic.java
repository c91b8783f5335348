package dev.perf.model.diagnostic;

import dev.perf.model.source.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding about a file: a syntax error, a semantic error from building the model, or a
 * validation finding. The same record serves every stage.
 *
 * @param ruleId stable identifier such as {@code PERF-E101}
 * @param severity how serious it is
 * @param message what is wrong, in Chinese and English
 * @param span where, if known
 * @param hint how to fix it
 * @param related other places that explain it (the first declaration of a duplicate, …)
 */
public record Diagnostic(
    String ruleId,
    Severity severity,
    Message message,
    Optional<SourceSpan> span,
    Optional<Message> hint,
    List<Related> related) {

  public Diagnostic {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(hint, "hint");
    related = List.copyOf(related);
  }

  /** A related place with a note. */
  public record Related(SourceSpan span, Message note) {
    public Related {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(note, "note");
    }
  }

  public static Diagnostic of(Rule rule, Message message, SourceSpan span) {
    return new Diagnostic(rule.id(), rule.severity(), message, Optional.ofNullable(span), Optional.empty(), List.of());
  }

  public Diagnostic withHint(Message hint) {
    return new Diagnostic(ruleId, severity, message, span, Optional.ofNullable(hint), related);
  }

  public Diagnostic withRelated(SourceSpan where, Message note) {
    var more = new java.util.ArrayList<>(related);
    more.add(new Related(where, note));
    return new Diagnostic(ruleId, severity, message, span, hint, more);
  }

  public Diagnostic withSeverity(Severity newSeverity) {
    return new Diagnostic(ruleId, newSeverity, message, span, hint, related);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }
}
