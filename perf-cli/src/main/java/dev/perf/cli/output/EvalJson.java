package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.eval.finding.Finding;
import dev.perf.eval.score.BudgetResult;
import dev.perf.eval.score.CategoryResult;
import dev.perf.eval.score.ClaimLine;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.IndicatorResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * {@code perf eval --format json}: every report with exact and rounded scores, the claim review and
 * the findings. Scores are shown rounded to two decimals ({@code score}); {@code scoreExact} keeps
 * the exact value the total is summed from.
 */
public final class EvalJson {
  /** Bumped on any incompatible change of the layout. */
  public static final int FORMAT_VERSION = 1;

  private EvalJson() {}

  /** Writes {@code {formatVersion, tool, evaluations: […]}}. */
  public static void write(PrintWriter out, List<EvaluationReport> reports) throws IOException {
    JsonGenerator g = Json.generator(out);
    Json.startEnvelope(g, FORMAT_VERSION, "evaluations");
    for (EvaluationReport r : reports) {
      report(g, r);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.println();
  }

  private static void report(JsonGenerator g, EvaluationReport r) throws IOException {
    g.writeStartObject();
    g.writeStringField("projectCode", r.projectCode());
    g.writeStringField("projectName", r.projectName());
    if (r.year().isPresent()) {
      g.writeNumberField("year", r.year().get().getValue());
    }
    g.writeStringField("moneyUnit", r.moneyUnit().symbol());
    g.writeStringField("policy", r.policyName());
    budget(g, r.budget());
    g.writeArrayFieldStart("categories");
    for (CategoryResult c : r.categories()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      if (c.level().isPresent()) {
        g.writeStringField("level", c.level().get().name().toLowerCase(Locale.ROOT));
      }
      g.writeNumberField("points", c.points());
      g.writeNumberField("score", c.score());
      g.writeArrayFieldStart("indicators");
      for (IndicatorResult i : c.indicators()) {
        indicator(g, i);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeNumberField("totalPoints", r.totalPoints());
    g.writeNumberField("total", r.total());
    g.writeNumberField("totalExact", r.totalExact());
    g.writeStringField("grade", r.grade().chinese());
    g.writeObjectFieldStart("claims");
    g.writeArrayFieldStart("lines");
    for (ClaimLine l : r.claims().lines()) {
      claim(g, l);
    }
    g.writeEndArray();
    if (r.claims().total().isPresent()) {
      g.writeFieldName("total");
      claim(g, r.claims().total().get());
    }
    g.writeEndObject();
    findings(g, r.findings());
    g.writeEndObject();
  }

  private static void budget(JsonGenerator g, BudgetResult b) throws IOException {
    g.writeObjectFieldStart("execution");
    ModelJson.number(g, "initialBudget", b.initialBudget());
    ModelJson.number(g, "annualBudget", b.annualBudget());
    ModelJson.number(g, "adjustedBudget", b.adjustedBudget());
    ModelJson.number(g, "spent", b.spent());
    if (b.base().isPresent()) {
      g.writeStringField("base", b.base().get().name().toLowerCase(Locale.ROOT));
    }
    ModelJson.number(g, "baseAmount", b.baseAmount());
    g.writeNumberField("points", b.points());
    ModelJson.number(g, "ratePercent", b.rate());
    g.writeNumberField("score", b.score());
    if (b.reason().isPresent()) {
      g.writeFieldName("reason");
      ModelJson.reason(g, b.reason().get());
    }
    g.writeEndObject();
  }

  private static void indicator(JsonGenerator g, IndicatorResult i) throws IOException {
    g.writeStartObject();
    g.writeStringField("subCategory", i.subCategory());
    g.writeStringField("name", i.name());
    g.writeFieldName("target");
    ModelJson.target(g, i.target());
    if (i.actual().isPresent()) {
      g.writeFieldName("actual");
      ModelJson.actual(g, i.actual().get());
    }
    g.writeStringField("status", i.status().name().toLowerCase(Locale.ROOT));
    g.writeBooleanField("met", i.met());
    ModelJson.number(g, "ratioPercent", i.ratio());
    g.writeNumberField("points", i.pointsShown());
    g.writeNumberField("score", i.score());
    g.writeNumberField("scoreExact", i.scoreExact());
    if (i.grade().isPresent()) {
      g.writeStringField("grade", i.grade().get().english());
    }
    if (i.reason().isPresent()) {
      g.writeFieldName("reason");
      ModelJson.reason(g, i.reason().get());
    }
    g.writeEndObject();
  }

  private static void claim(JsonGenerator g, ClaimLine l) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", l.kind().name().toLowerCase(Locale.ROOT));
    g.writeStringField("item", l.item());
    ModelJson.number(g, "claimedPoints", l.claimedPoints());
    g.writeNumberField("points", l.points());
    ModelJson.number(g, "claimedScore", l.claimedScore());
    g.writeNumberField("computedScore", l.computedScore().setScale(2, java.math.RoundingMode.HALF_UP));
    g.writeBooleanField("pointsContradict", l.pointsContradict());
    g.writeBooleanField("scoreFlagged", l.scoreFlagged());
    g.writeEndObject();
  }

  /** {@code findings: [{kind, severity, indicator?, message{zh,en}}]}. */
  public static void findings(JsonGenerator g, List<Finding> findings) throws IOException {
    g.writeArrayFieldStart("findings");
    for (Finding f : findings) {
      g.writeStartObject();
      g.writeStringField("kind", f.kind().name().toLowerCase(Locale.ROOT));
      g.writeStringField("severity", f.severity().name().toLowerCase(Locale.ROOT));
      ModelJson.string(g, "indicator", f.indicator());
      g.writeFieldName("message");
      DiagnosticJson.message(g, f.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
