package dev.perf.dsl.print;

import dev.perf.dsl.lex.Keyword;
import dev.perf.dsl.render.DisplayWidth;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.FundingSource;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Monitoring;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Lays a model out as canonical lines, each remembering the source line it came from. */
final class LinePrinter {
  private final PrintOptions options;
  private final SourceMap sourceMap;
  private final List<Line> lines = new ArrayList<>();

  LinePrinter(PrintOptions options, SourceMap sourceMap) {
    this.options = options;
    this.sourceMap = sourceMap;
  }

  List<Line> print(Document document) {
    for (DocumentItem item : document.items()) {
      if (item instanceof Department d) {
        department(d);
      } else if (item instanceof Project p) {
        project(p);
      } else if (item instanceof SelfEvaluation e) {
        selfEvaluation(e);
      } else if (item instanceof Monitoring m) {
        monitoring(m);
      }
    }
    return lines;
  }

  // ---- items -------------------------------------------------------------------------------

  private void department(Department d) {
    open(0, kw(Keyword.DEPARTMENT) + " " + Literals.quote(d.code()) + " " + Literals.quote(d.name()), origin(d));
    d.year().ifPresent(y -> add(1, kw(Keyword.YEAR) + " " + y.getValue(), origin(d, "year")));
    d.moneyUnit().ifPresent(m -> add(1, kw(Keyword.MONEY_UNIT) + " " + m.symbol(), origin(d, "moneyUnit")));
    d.overallGoal().ifPresent(g -> text(1, kw(Keyword.OVERALL_GOAL), g, origin(d, "overallGoal")));
    textList(1, Keyword.SUB_GOALS, d.subGoals(), d, "subGoals");
    textList(1, Keyword.MEASURES, d.measures(), d, "measures");
    d.budget().ifPresent(b -> budget(1, b, origin(d, "budget")));
    d.indicators().ifPresent(t -> table(1, t, origin(d, "indicators")));
    close(0, d);
  }

  private void project(Project p) {
    open(0, kw(Keyword.PROJECT) + " " + Literals.quote(p.code()) + " " + Literals.quote(p.name()), origin(p));
    p.unit().ifPresent(u -> add(1, kw(Keyword.UNIT) + " " + Literals.quote(u.code())
        + u.name().map(n -> " " + Literals.quote(n)).orElse(""), origin(p, "unit")));
    p.year().ifPresent(y -> add(1, kw(Keyword.YEAR) + " " + y.getValue(), origin(p, "year")));
    p.moneyUnit().ifPresent(m -> add(1, kw(Keyword.MONEY_UNIT) + " " + m.symbol(), origin(p, "moneyUnit")));
    p.budget().ifPresent(b -> budget(1, b, origin(p, "budget")));
    p.purpose().ifPresent(t -> text(1, kw(Keyword.PURPOSE), t, origin(p, "purpose")));
    p.plan().ifPresent(plan -> {
      StringBuilder b = new StringBuilder(kw(Keyword.PLAN)).append(" {");
      for (PlanPoint point : plan.points()) {
        b.append(' ').append(planDate(point)).append(' ').append(Literals.number(point.cumulativePercent())).append('%').append(' ');
      }
      add(1, b.toString().stripTrailing() + " }", origin(p, "plan"));
    });
    textList(1, Keyword.GOALS, p.goals(), p, "goals");
    p.indicators().ifPresent(t -> table(1, t, origin(p, "indicators")));
    close(0, p);
  }

  private void selfEvaluation(SelfEvaluation e) {
    open(0, kw(Keyword.SELF_EVALUATION) + " " + Literals.quote(e.projectCode()), origin(e));
    e.initialBudget().ifPresent(v -> add(1, kw(Keyword.INITIAL_BUDGET) + " " + Literals.number(v), origin(e, "initialBudget")));
    e.annualBudget().ifPresent(v -> add(1, kw(Keyword.ANNUAL_BUDGET) + " " + Literals.number(v), origin(e, "annualBudget")));
    e.adjustedBudget().ifPresent(v -> add(1, kw(Keyword.ADJUSTED_BUDGET) + " " + Literals.number(v), origin(e, "adjustedBudget")));
    e.spent().ifPresent(v -> {
      StringBuilder b = new StringBuilder(options.keywords() == Language.ZH ? "全年执行数" : kw(Keyword.SPENT));
      b.append(' ').append(Literals.number(v));
      e.executionPoints().ifPresent(p -> b.append("  ").append(kw(Keyword.POINTS)).append(' ').append(Literals.number(p)));
      e.executionClaimedScore().ifPresent(p -> b.append("  ").append(kw(Keyword.SCORE)).append(' ').append(Literals.number(p)));
      e.executionReason().ifPresent(r -> b.append("  ").append(reason(r)));
      add(1, b.toString(), origin(e, "spent"));
    });
    e.claimedTotal().ifPresent(v -> add(1, kw(Keyword.TOTAL) + " " + Literals.number(v), origin(e, "total")));
    for (ActualRow r : e.rows()) {
      add(1, actualRow(r), origin(r));
    }
    close(0, e);
  }

  private void monitoring(Monitoring m) {
    open(0, kw(Keyword.MONITORING) + " " + Literals.quote(m.projectCode()) + " " + kw(Keyword.AS_OF) + " " + m.asOf(), origin(m));
    m.spent().ifPresent(v -> add(1, kw(Keyword.SPENT) + " " + Literals.number(v), origin(m, "spent")));
    for (MonitoringRow r : m.rows()) {
      add(1, monitoringRow(r), origin(r));
    }
    close(0, m);
  }

  // ---- rows --------------------------------------------------------------------------------

  /** A self-evaluation row: {@code 公众满意度：97.5%  偏差原因 "…"}. */
  String actualRow(ActualRow r) {
    StringBuilder b = new StringBuilder(Literals.name(r.indicator())).append('：').append(actual(r.actual()));
    r.points().ifPresent(p -> b.append("  ").append(kw(Keyword.POINTS)).append(' ').append(Literals.number(p)));
    r.claimedScore().ifPresent(p -> b.append("  ").append(kw(Keyword.SCORE)).append(' ').append(Literals.number(p)));
    r.reason().ifPresent(x -> b.append("  ").append(reason(x)));
    return b.toString();
  }

  /** A monitoring row: {@code 公众满意度：96%  预计 97%  可能性 有可能}. */
  String monitoringRow(MonitoringRow r) {
    StringBuilder b = new StringBuilder(Literals.name(r.indicator())).append('：').append(actual(r.toDate()));
    r.projected().ifPresent(p -> b.append("  ").append(kw(Keyword.PROJECTED)).append(' ').append(actual(p)));
    r.possibility().ifPresent(p -> b.append("  ").append(kw(Keyword.POSSIBILITY)).append(' ')
        .append(options.keywords() == Language.ZH ? p.chinese() : p.english()));
    r.reason().ifPresent(x -> b.append("  ").append(reason(x)));
    return b.toString();
  }

  // ---- parts -------------------------------------------------------------------------------

  private void budget(int level, Budget b, int origin) {
    StringBuilder s = new StringBuilder(kw(Keyword.BUDGET)).append(' ').append(Literals.number(b.total()));
    if (!b.sources().isEmpty()) {
      s.append(" {");
      for (FundingSource f : b.sources()) {
        String name = FundingSource.KNOWN_NAMES.contains(f.name()) ? f.name() : Literals.quote(f.name());
        s.append(' ').append(name).append(' ').append(Literals.number(f.amount())).append(' ');
      }
      s.setLength(s.length() - 1);
      s.append(" }");
    }
    add(level, s.toString(), origin);
  }

  private static String planDate(PlanPoint p) {
    if (p.isMonthEnd()) {
      return p.at().getMonthValue() + "月底";
    }
    return String.format("%02d-%02d", p.at().getMonthValue(), p.at().getDayOfMonth());
  }

  private void table(int level, IndicatorTable t, int origin) {
    StringBuilder header = new StringBuilder(kw(Keyword.INDICATORS));
    t.basis().ifPresent(b -> header.append(' ').append(kw(Keyword.BASIS)).append(' ').append(Literals.quote(b)));
    t.framework().ifPresent(f -> header.append(' ').append(kw(Keyword.FRAMEWORK)).append(' ').append(f.year()));
    open(level, header.toString(), origin);
    for (Category c : t.categories()) {
      open(level + 1, Literals.name(c.name()) + points(c.points()), origin(c));
      for (SubCategory s : c.subCategories()) {
        subCategory(level + 2, s);
      }
      close(level + 1, c);
    }
    close(level, t);
  }

  private void subCategory(int level, SubCategory s) {
    String head = Literals.name(s.name()) + points(s.points());
    if (s.indicators().size() == 1) {
      String one = head + " { " + indicator(s.indicators().get(0)) + " }";
      if (fits(level, one)) {
        add(level, one, origin(s));
        return;
      }
    }
    open(level, head, origin(s));
    for (Indicator i : s.indicators()) {
      add(level + 1, indicator(i), origin(i));
    }
    close(level, s);
  }

  String indicator(Indicator i) {
    StringBuilder b = new StringBuilder(Literals.name(i.name())).append('：').append(target(i.target()));
    i.description().ifPresent(d -> b.append(' ').append(kw(Keyword.DESCRIPTION)).append(' ').append(Literals.quote(d)));
    i.basis().ifPresent(d -> b.append(' ').append(kw(Keyword.BASIS)).append(' ').append(Literals.quote(d)));
    i.points().ifPresent(p -> b.append(' ').append(kw(Keyword.POINTS)).append(' ').append(Literals.number(p)));
    return b.toString();
  }

  private String points(Optional<BigDecimal> points) {
    return points.map(p -> " " + kw(Keyword.POINTS) + " " + Literals.number(p)).orElse("");
  }

  /** A target in its canonical form: {@code ≥30 场}, {@code 98%}, {@code 40%～45%}, {@code ≤2025-06-30}. */
  static String target(Target t) {
    if (t instanceof Comparison c) {
      return c.comparator().symbol() + quantity(c.bound());
    }
    if (t instanceof Exact e) {
      return quantity(e.value());
    }
    if (t instanceof Range r) {
      return Literals.number(r.low()) + attachedUnit(r.unit()) + "～" + quantity(r.highQuantity());
    }
    if (t instanceof Deadline d) {
      return "≤" + d.date();
    }
    Qualitative q = (Qualitative) t;
    return Literals.bareSafe(q.text()) ? q.text() : Literals.quote(q.text());
  }

  String actual(Actual a) {
    boolean zh = options.keywords() == Language.ZH;
    if (a instanceof Measured m) {
      return quantity(m.value());
    }
    if (a instanceof OnDate d) {
      return d.date().toString();
    }
    if (a instanceof Graded g) {
      return (zh ? g.grade().chinese() : g.grade().english())
          + g.ratePercent().map(r -> " " + Literals.number(r) + "%").orElse("");
    }
    return zh ? "不适用" : "na";
  }

  private String reason(DeviationReason r) {
    boolean zh = options.keywords() == Language.ZH;
    StringBuilder b = new StringBuilder(kw(Keyword.REASON));
    r.category().ifPresent(c -> b.append(' ').append(zh ? c.chinese() : c.english()));
    r.text().ifPresent(t -> b.append(' ').append(Literals.quote(t)));
    return b.toString();
  }

  /** {@code 30 场}, {@code 98%}, {@code 5}: % and ‰ attach to the number, words follow a space. */
  static String quantity(Quantity q) {
    return Literals.number(q.value()) + unitSuffix(q.unit());
  }

  private static String unitSuffix(Unit u) {
    if (u.equals(Unit.NONE)) {
      return "";
    }
    if (u.equals(Unit.PERCENT) || u.equals(Unit.PERMILLE)) {
      return u.symbol();
    }
    return " " + Literals.unit(u.symbol());
  }

  /** The unit on the low end of a range: only % and ‰ are repeated there. */
  private static String attachedUnit(Unit u) {
    return u.equals(Unit.PERCENT) || u.equals(Unit.PERMILLE) ? u.symbol() : "";
  }

  private void text(int level, String key, String text, int origin) {
    if (Literals.blockSafe(text)) {
      add(level, key + " \"\"\"", origin);
      for (String l : text.split("\n", -1)) {
        lines.add(new Line(l.isEmpty() ? 0 : level + 1, l, 0));
      }
      add(level + 1, "\"\"\"", 0);
    } else {
      add(level, key + " " + Literals.quote(text), origin);
    }
  }

  private void textList(int level, Keyword key, List<String> texts, Object owner, String property) {
    if (texts.isEmpty()) {
      return;
    }
    int origin = origin(owner, property);
    StringBuilder one = new StringBuilder(kw(key)).append(" {");
    boolean simple = true;
    for (String t : texts) {
      simple &= !t.contains("\n");
      one.append(' ').append(Literals.quote(t));
    }
    one.append(" }");
    if (simple && fits(level, one.toString())) {
      add(level, one.toString(), origin);
      return;
    }
    open(level, kw(key), origin);
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      int o = origin(owner, property + "[" + i + "]");
      if (Literals.blockSafe(t)) {
        add(level + 1, "\"\"\"", o);
        for (String l : t.split("\n", -1)) {
          lines.add(new Line(l.isEmpty() ? 0 : level + 2, l, 0));
        }
        add(level + 2, "\"\"\"", 0);
      } else {
        add(level + 1, Literals.quote(t), o);
      }
    }
    add(level, "}", sourceMap.propertySpan(owner, property).map(s -> s.endLine()).orElse(0));
  }

  // ---- layout helpers ----------------------------------------------------------------------

  private boolean fits(int level, String text) {
    return level * options.indent() + DisplayWidth.of(text) <= options.maxWidth();
  }

  private String kw(Keyword k) {
    return options.keywords() == Language.ZH ? k.chinese() : k.english();
  }

  private void open(int level, String header, int origin) {
    add(level, header + " {", origin);
  }

  private void close(int level, Object node) {
    add(level, "}", sourceMap.propertySpan(node, "end").map(SourceSpan::line).orElse(0));
  }

  private void add(int level, String text, int origin) {
    lines.add(new Line(level, text, origin));
  }

  private int origin(Object node) {
    return sourceMap.spanOf(node).map(SourceSpan::line).orElse(0);
  }

  private int origin(Object node, String property) {
    return sourceMap.propertySpan(node, property).map(SourceSpan::line).orElse(0);
  }
}
