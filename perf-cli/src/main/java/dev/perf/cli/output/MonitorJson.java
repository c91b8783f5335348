package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.eval.monitor.BudgetTrack;
import dev.perf.eval.monitor.IndicatorProgress;
import dev.perf.eval.monitor.MonitoringReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** {@code perf monitor --format json}: the budget track with its light and the goal track of every report. */
public final class MonitorJson {
  /** Bumped on any incompatible change of the layout. */
  public static final int FORMAT_VERSION = 1;

  private MonitorJson() {}

  /** Writes {@code {formatVersion, tool, monitoring: […]}}. */
  public static void write(PrintWriter out, List<MonitoringReport> reports) throws IOException {
    JsonGenerator g = Json.generator(out);
    Json.startEnvelope(g, FORMAT_VERSION, "monitoring");
    for (MonitoringReport r : reports) {
      g.writeStartObject();
      g.writeStringField("projectCode", r.projectCode());
      g.writeStringField("projectName", r.projectName());
      g.writeStringField("asOf", r.asOf().toString());
      g.writeNumberField("year", r.year().getValue());
      g.writeStringField("moneyUnit", r.moneyUnit().symbol());
      BudgetTrack b = r.budget();
      g.writeObjectFieldStart("budget");
      ModelJson.number(g, "budget", b.budget());
      ModelJson.number(g, "spent", b.spent());
      ModelJson.number(g, "executionRatePercent", b.executionRate());
      g.writeNumberField("plannedPercent", b.plannedShown());
      g.writeNumberField("timeElapsedPercent", b.timeElapsedPercent().setScale(2, java.math.RoundingMode.HALF_UP));
      ModelJson.number(g, "deviationFromPlan", b.deviationFromPlan().map(d -> d.setScale(2, java.math.RoundingMode.HALF_UP)));
      ModelJson.number(g, "deviationFromTime", b.deviationFromTime().map(d -> d.setScale(2, java.math.RoundingMode.HALF_UP)));
      if (b.light().isPresent()) {
        g.writeStringField("light", b.light().get().name().toLowerCase(Locale.ROOT));
      }
      g.writeBooleanField("hasPlan", b.hasPlan());
      g.writeEndObject();
      g.writeArrayFieldStart("indicators");
      for (IndicatorProgress p : r.indicators()) {
        g.writeStartObject();
        g.writeStringField("category", p.category());
        g.writeStringField("name", p.name());
        g.writeFieldName("target");
        ModelJson.target(g, p.target());
        g.writeFieldName("toDate");
        ModelJson.actual(g, p.toDate());
        if (p.projected().isPresent()) {
          g.writeFieldName("projected");
          ModelJson.actual(g, p.projected().get());
        }
        ModelJson.number(g, "progressPercent", p.progress());
        g.writeBooleanField("metToDate", p.metToDate());
        if (p.projectionMeets().isPresent()) {
          g.writeBooleanField("projectionMeets", p.projectionMeets().get());
        }
        if (p.possibility().isPresent()) {
          g.writeStringField("possibility", p.possibility().get().english());
        }
        if (p.reason().isPresent()) {
          g.writeFieldName("reason");
          ModelJson.reason(g, p.reason().get());
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      ModelJson.strings(g, "unmonitored", r.unmonitored());
      EvalJson.findings(g, r.findings());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.println();
  }
}
