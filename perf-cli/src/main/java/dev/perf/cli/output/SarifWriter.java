package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.Version;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Rule;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.source.SourceSpan;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * {@code perf check --format sarif}: a SARIF 2.1.0 log that code-scanning tools accept. One run;
 * the driver lists the rules that were reported (ID, short description, default level); each result
 * has a level (error, warning, note), a message in the chosen language with the hint, and a physical
 * location whose region uses 1-based code-point columns ({@code columnKind: unicodeCodePoints}).
 * Diagnostics are small, so they are kept until the end; parse results are not.
 */
public final class SarifWriter implements DiagnosticSink {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final PrintWriter out;
  private final Texts texts;
  private final List<Diagnostic> results = new ArrayList<>();
  private final List<String[]> unreadable = new ArrayList<>();
  private final TreeMap<String, Integer> ruleIndex = new TreeMap<>();

  public SarifWriter(PrintWriter out, Texts texts) {
    this.out = out;
    this.texts = texts;
  }

  @Override
  public void file(String name, String source, List<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      results.add(d);
      ruleIndex.put(d.ruleId(), 0);
    }
  }

  @Override
  public void unreadable(String name, String message) {
    unreadable.add(new String[] {name, message});
  }

  @Override
  public void finish(Tally tally) {
    int i = 0;
    for (String id : ruleIndex.keySet()) {
      ruleIndex.put(id, i++);
    }
    try {
      JsonGenerator g = Json.generator(out);
      g.writeStartObject();
      g.writeStringField("$schema", SCHEMA);
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      writeTool(g);
      g.writeStringField("columnKind", "unicodeCodePoints");
      writeInvocation(g);
      g.writeArrayFieldStart("results");
      for (Diagnostic d : results) {
        writeResult(g, d);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
      g.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new CliException("cannot write output: " + e.getMessage(), e);
    }
  }

  private void writeTool(JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "perf");
    g.writeStringField("version", Version.current());
    g.writeStringField("semanticVersion", Version.current().replace("-SNAPSHOT", ""));
    g.writeArrayFieldStart("rules");
    for (String id : ruleIndex.keySet()) {
      g.writeStartObject();
      g.writeStringField("id", id);
      java.util.Optional<Rule> rule = RuleCatalog.rule(id);
      if (rule.isPresent()) {
        g.writeStringField("name", id.replace("-", ""));
        g.writeObjectFieldStart("shortDescription");
        g.writeStringField("text", rule.get().title().in(texts.language()));
        g.writeEndObject();
        g.writeObjectFieldStart("fullDescription");
        g.writeStringField("text", rule.get().title().zh() + " / " + rule.get().title().en());
        g.writeEndObject();
        g.writeObjectFieldStart("defaultConfiguration");
        g.writeStringField("level", level(rule.get().severity()));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private void writeInvocation(JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", unreadable.isEmpty());
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (String[] u : unreadable) {
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("message");
      g.writeStringField("text", u[1]);
      g.writeEndObject();
      g.writeArrayFieldStart("locations");
      g.writeStartObject();
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", uri(u[0]));
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private void writeResult(JsonGenerator g, Diagnostic d) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", d.ruleId());
    g.writeNumberField("ruleIndex", ruleIndex.get(d.ruleId()));
    g.writeStringField("level", level(d.severity()));
    g.writeObjectFieldStart("message");
    String text = d.message().in(texts.language())
        + d.hint().map(h -> texts.t("（提示：", " (hint: ") + h.in(texts.language()) + texts.t("）", ")")).orElse("");
    g.writeStringField("text", text);
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    if (d.span().isPresent()) {
      location(g, d.span().get(), null);
    }
    g.writeEndArray();
    if (!d.related().isEmpty()) {
      g.writeArrayFieldStart("relatedLocations");
      int id = 1;
      for (Diagnostic.Related r : d.related()) {
        location(g, r.span(), new Object[] {id++, r.note().in(texts.language())});
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, SourceSpan s, Object[] related) throws IOException {
    g.writeStartObject();
    if (related != null) {
      g.writeNumberField("id", (Integer) related[0]);
      g.writeObjectFieldStart("message");
      g.writeStringField("text", (String) related[1]);
      g.writeEndObject();
    }
    g.writeObjectFieldStart("physicalLocation");
    g.writeObjectFieldStart("artifactLocation");
    g.writeStringField("uri", uri(s.file()));
    g.writeEndObject();
    g.writeObjectFieldStart("region");
    g.writeNumberField("startLine", s.line());
    g.writeNumberField("startColumn", s.column());
    g.writeNumberField("endLine", s.endLine());
    g.writeNumberField("endColumn", Math.max(s.endColumn(), s.endLine() == s.line() ? s.column() + 1 : 1));
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
  }

  /** SARIF level of a severity: error, warning or note. */
  public static String level(Severity s) {
    return s == Severity.ERROR ? "error" : s == Severity.WARNING ? "warning" : "note";
  }

  /** A URI reference for a file name: relative paths stay relative, with {@code /} and percent-encoding. */
  static String uri(String file) {
    if (file.equals(dev.perf.cli.io.Input.STDIN_NAME)) {
      return "stdin";
    }
    try {
      Path p = Path.of(file);
      if (p.isAbsolute()) {
        return p.toUri().toASCIIString();
      }
      String slashed = file.replace('\\', '/');
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException | java.nio.file.InvalidPathException e) {
      return file.replace('\\', '/').toLowerCase(Locale.ROOT).isEmpty() ? "unknown" : file.replace('\\', '/');
    }
  }
}
