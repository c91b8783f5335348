package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.cli.CliException;
import dev.perf.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * {@code perf check --format json}: one JSON object, streamed file by file.
 * <pre>
 * {"formatVersion": 1, "tool": {"name": "perf", "version": …},
 *  "files": [{"file": …, "diagnostics": [{ruleId, severity, message{zh,en}, span?, hint?, related[]}]}],
 *  "unreadable": [{"file": …, "message": …}],
 *  "summary": {"files", "errors", "warnings", "infos", "unreadable"}}
 * </pre>
 */
public final class JsonDiagnostics implements DiagnosticSink {
  /** Bumped on any incompatible change of the layout. */
  public static final int FORMAT_VERSION = 1;

  private final PrintWriter out;
  private final JsonGenerator g;
  private final java.util.List<String[]> unreadable = new java.util.ArrayList<>();

  public JsonDiagnostics(PrintWriter out) {
    this.out = out;
    try {
      g = Json.generator(out);
      Json.startEnvelope(g, FORMAT_VERSION, "files");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void file(String name, String source, List<Diagnostic> diagnostics) {
    try {
      g.writeStartObject();
      g.writeStringField("file", name);
      g.writeArrayFieldStart("diagnostics");
      for (Diagnostic d : diagnostics) {
        DiagnosticJson.write(g, d);
      }
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new CliException("cannot write output: " + e.getMessage(), e);
    }
  }

  @Override
  public void unreadable(String name, String message) {
    unreadable.add(new String[] {name, message});
  }

  @Override
  public void finish(Tally tally) {
    try {
      g.writeEndArray();
      g.writeArrayFieldStart("unreadable");
      for (String[] u : unreadable) {
        g.writeStartObject();
        g.writeStringField("file", u[0]);
        g.writeStringField("message", u[1]);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeObjectFieldStart("summary");
      g.writeNumberField("files", tally.files());
      g.writeNumberField("errors", tally.errors());
      g.writeNumberField("warnings", tally.warnings());
      g.writeNumberField("infos", tally.infos());
      g.writeNumberField("unreadable", tally.unreadable());
      g.writeEndObject();
      g.writeEndObject();
      g.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new CliException("cannot write output: " + e.getMessage(), e);
    }
  }
}
