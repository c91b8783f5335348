package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.dsl.print.PerfPrinter;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Department;
import dev.perf.model.DocumentItem;
import dev.perf.model.FundingSource;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Monitoring;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * The explicit JSON mapping of the model, field by field, so the export's layout is stable whatever
 * the records look like inside; it is documented by {@code docs/perf-export.schema.json}. Absent
 * optional values are left out; amounts are exact decimals; names of enums are stable lower-camel words.
 */
public final class ModelJson {
  private ModelJson() {}

  /** One item of a document, with a {@code kind} of department, project, selfEvaluation or monitoring. */
  public static void item(JsonGenerator g, DocumentItem item) throws IOException {
    if (item instanceof Department) {
      department(g, (Department) item);
    } else if (item instanceof Project) {
      project(g, (Project) item);
    } else if (item instanceof SelfEvaluation) {
      selfEvaluation(g, (SelfEvaluation) item);
    } else if (item instanceof Monitoring) {
      monitoring(g, (Monitoring) item);
    }
  }

  static void department(JsonGenerator g, Department d) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "department");
    g.writeStringField("code", d.code());
    g.writeStringField("name", d.name());
    if (d.year().isPresent()) {
      g.writeNumberField("year", d.year().get().getValue());
    }
    g.writeStringField("moneyUnit", d.effectiveMoneyUnit().symbol());
    string(g, "overallGoal", d.overallGoal().map(String::strip));
    strings(g, "subGoals", d.subGoals());
    strings(g, "measures", d.measures());
    if (d.budget().isPresent()) {
      g.writeFieldName("budget");
      budget(g, d.budget().get());
    }
    if (d.indicators().isPresent()) {
      g.writeFieldName("indicators");
      table(g, d.indicators().get());
    }
    g.writeEndObject();
  }

  static void project(JsonGenerator g, Project p) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "project");
    g.writeStringField("code", p.code());
    g.writeStringField("name", p.name());
    if (p.unit().isPresent()) {
      g.writeObjectFieldStart("unit");
      g.writeStringField("code", p.unit().get().code());
      string(g, "name", p.unit().get().name());
      g.writeEndObject();
    }
    if (p.year().isPresent()) {
      g.writeNumberField("year", p.year().get().getValue());
    }
    g.writeStringField("moneyUnit", p.effectiveMoneyUnit().symbol());
    if (p.budget().isPresent()) {
      g.writeFieldName("budget");
      budget(g, p.budget().get());
    }
    string(g, "purpose", p.purpose());
    g.writeArrayFieldStart("plan");
    if (p.plan().isPresent()) {
      for (PlanPoint pt : p.plan().get().points()) {
        g.writeStartObject();
        g.writeStringField("date", String.format("%02d-%02d", pt.at().getMonthValue(), pt.at().getDayOfMonth()));
        g.writeBooleanField("monthEnd", pt.isMonthEnd());
        g.writeNumberField("cumulativePercent", pt.cumulativePercent());
        g.writeEndObject();
      }
    }
    g.writeEndArray();
    strings(g, "goals", p.goals());
    if (p.indicators().isPresent()) {
      g.writeFieldName("indicators");
      table(g, p.indicators().get());
    }
    g.writeEndObject();
  }

  static void selfEvaluation(JsonGenerator g, SelfEvaluation e) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "selfEvaluation");
    g.writeStringField("projectCode", e.projectCode());
    number(g, "initialBudget", e.initialBudget());
    number(g, "annualBudget", e.annualBudget());
    number(g, "adjustedBudget", e.adjustedBudget());
    number(g, "spent", e.spent());
    number(g, "executionPoints", e.executionPoints());
    number(g, "executionClaimedScore", e.executionClaimedScore());
    if (e.executionReason().isPresent()) {
      g.writeFieldName("executionReason");
      reason(g, e.executionReason().get());
    }
    number(g, "claimedTotal", e.claimedTotal());
    g.writeArrayFieldStart("rows");
    for (ActualRow r : e.rows()) {
      g.writeStartObject();
      g.writeStringField("indicator", r.indicator());
      g.writeFieldName("actual");
      actual(g, r.actual());
      number(g, "points", r.points());
      number(g, "claimedScore", r.claimedScore());
      if (r.reason().isPresent()) {
        g.writeFieldName("reason");
        reason(g, r.reason().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void monitoring(JsonGenerator g, Monitoring m) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", "monitoring");
    g.writeStringField("projectCode", m.projectCode());
    g.writeStringField("asOf", m.asOf().toString());
    number(g, "spent", m.spent());
    g.writeArrayFieldStart("rows");
    for (MonitoringRow r : m.rows()) {
      g.writeStartObject();
      g.writeStringField("indicator", r.indicator());
      g.writeFieldName("toDate");
      actual(g, r.toDate());
      if (r.projected().isPresent()) {
        g.writeFieldName("projected");
        actual(g, r.projected().get());
      }
      if (r.possibility().isPresent()) {
        g.writeStringField("possibility", r.possibility().get().english());
      }
      if (r.reason().isPresent()) {
        g.writeFieldName("reason");
        reason(g, r.reason().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code {total, sources: [{name, amount}]}}. */
  static void budget(JsonGenerator g, Budget b) throws IOException {
    g.writeStartObject();
    g.writeNumberField("total", b.total());
    g.writeArrayFieldStart("sources");
    for (FundingSource s : b.sources()) {
      g.writeStartObject();
      g.writeStringField("name", s.name());
      g.writeNumberField("amount", s.amount());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** {@code {framework, basis?, categories: [{name, points?, subCategories: [{name, points?, indicators}]}]}}. */
  static void table(JsonGenerator g, IndicatorTable t) throws IOException {
    g.writeStartObject();
    g.writeNumberField("framework", t.effectiveFramework().year());
    string(g, "basis", t.basis());
    g.writeArrayFieldStart("categories");
    for (Category c : t.categories()) {
      g.writeStartObject();
      g.writeStringField("name", c.name());
      number(g, "points", c.points());
      g.writeArrayFieldStart("subCategories");
      for (SubCategory s : c.subCategories()) {
        g.writeStartObject();
        g.writeStringField("name", s.name());
        number(g, "points", s.points());
        g.writeArrayFieldStart("indicators");
        for (Indicator i : s.indicators()) {
          g.writeStartObject();
          g.writeStringField("name", i.name());
          g.writeFieldName("target");
          target(g, i.target());
          string(g, "description", i.description());
          string(g, "basis", i.basis());
          number(g, "points", i.points());
          g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  /** A target: {@code form} (comparison, exact, range, deadline, qualitative), its parts, and its canonical {@code text}. */
  public static void target(JsonGenerator g, Target t) throws IOException {
    g.writeStartObject();
    if (t instanceof Comparison) {
      Comparison c = (Comparison) t;
      g.writeStringField("form", "comparison");
      g.writeStringField("operator", c.comparator().symbol());
      g.writeBooleanField("higherIsBetter", c.comparator().higherIsBetter());
      quantity(g, c.bound());
    } else if (t instanceof Exact) {
      g.writeStringField("form", "exact");
      quantity(g, ((Exact) t).value());
    } else if (t instanceof Range) {
      Range r = (Range) t;
      g.writeStringField("form", "range");
      g.writeNumberField("low", r.low());
      g.writeNumberField("high", r.high());
      g.writeStringField("unit", r.unit().symbol());
    } else if (t instanceof Deadline) {
      g.writeStringField("form", "deadline");
      g.writeStringField("date", ((Deadline) t).date().toString());
    } else if (t instanceof Qualitative) {
      g.writeStringField("form", "qualitative");
    }
    g.writeStringField("text", PerfPrinter.target(t));
    g.writeEndObject();
  }

  /** An actual: {@code form} (measured, date, graded, notApplicable) and its parts. */
  public static void actual(JsonGenerator g, Actual a) throws IOException {
    g.writeStartObject();
    if (a instanceof Measured) {
      g.writeStringField("form", "measured");
      quantity(g, ((Measured) a).value());
    } else if (a instanceof OnDate) {
      g.writeStringField("form", "date");
      g.writeStringField("date", ((OnDate) a).date().toString());
    } else if (a instanceof Graded) {
      Graded gr = (Graded) a;
      g.writeStringField("form", "graded");
      g.writeStringField("grade", gr.grade().english());
      number(g, "ratePercent", gr.ratePercent());
    } else if (a instanceof NotApplicable) {
      g.writeStringField("form", "notApplicable");
    }
    g.writeEndObject();
  }

  /** {@code {category?, text?}}; the category is an English word (funding, policy, staff, hardware, other). */
  public static void reason(JsonGenerator g, DeviationReason r) throws IOException {
    g.writeStartObject();
    if (r.category().isPresent()) {
      g.writeStringField("category", r.category().get().english());
    }
    string(g, "text", r.text());
    g.writeEndObject();
  }

  private static void quantity(JsonGenerator g, Quantity q) throws IOException {
    g.writeNumberField("value", q.value());
    g.writeStringField("unit", q.unit().symbol());
  }

  static void string(JsonGenerator g, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  static void number(JsonGenerator g, String name, Optional<BigDecimal> value) throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }

  static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
