package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.source.SourceSpan;
import java.io.IOException;

/** Writes one diagnostic as a JSON object (shared by {@code check --format json} and other JSON outputs). */
public final class DiagnosticJson {
  private DiagnosticJson() {}

  /** Writes {@code d} as {@code {ruleId, severity, message{zh,en}, span?, hint?, related[]}}. */
  public static void write(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.ruleId());
    g.writeStringField("severity", d.severity().name().toLowerCase(java.util.Locale.ROOT));
    g.writeFieldName("message");
    message(g, d.message());
    if (d.span().isPresent()) {
      g.writeFieldName("span");
      span(g, d.span().get());
    }
    if (d.hint().isPresent()) {
      g.writeFieldName("hint");
      message(g, d.hint().get());
    }
    g.writeArrayFieldStart("related");
    for (Diagnostic.Related r : d.related()) {
      g.writeStartObject();
      g.writeFieldName("span");
      span(g, r.span());
      g.writeFieldName("note");
      message(g, r.note());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code {zh, en}}. */
  public static void message(JsonGenerator g, Message m) throws IOException {
    g.writeStartObject();
    g.writeStringField("zh", m.zh());
    g.writeStringField("en", m.en());
    g.writeEndObject();
  }

  /** {@code {file, line, column, endLine, endColumn}}, columns 1-based in code points, end exclusive. */
  public static void span(JsonGenerator g, SourceSpan s) throws IOException {
    g.writeStartObject();
    g.writeStringField("file", s.file());
    g.writeNumberField("line", s.line());
    g.writeNumberField("column", s.column());
    g.writeNumberField("endLine", s.endLine());
    g.writeNumberField("endColumn", s.endColumn());
    g.writeEndObject();
  }
}
