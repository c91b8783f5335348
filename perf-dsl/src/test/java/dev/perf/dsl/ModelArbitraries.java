package dev.perf.dsl;

import dev.perf.model.Budget;
import dev.perf.model.BudgetUnit;
import dev.perf.model.Category;
import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.Framework;
import dev.perf.model.FundingSource;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.MoneyUnit;
import dev.perf.model.Monitoring;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SpendingPlan;
import dev.perf.model.SubCategory;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.monitoring.Possibility;
import dev.perf.model.monitoring.ReasonCategory;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Generators of arbitrary models: every target form, Unicode names, every optional field. */
final class ModelArbitraries {
  private ModelArbitraries() {}

  /** Characters a table contains: CJK, ASCII letters and digits, IME and ASCII punctuation, quotes, escapes. */
  static Arbitrary<String> text(int maxLength, boolean multiline) {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().range('\u4e00', '\u4fff'),
        Arbitraries.chars().range('\u4e00', '\u4fff'),
        Arbitraries.chars().alpha(),
        Arbitraries.chars().numeric(),
        Arbitraries.of(' ', '“', '”', '"', '\\', '：', ':', '，', '%', '（', '）', '{', '}', '#', '·', '_', '。', '\t'),
        multiline ? Arbitraries.of('\n', ' ') : Arbitraries.just('x'));
    return chars.list().ofMinSize(1).ofMaxSize(maxLength)
        .map(cs -> {
          StringBuilder b = new StringBuilder();
          cs.forEach(b::append);
          return b.toString();
        })
        .filter(s -> !s.isBlank());
  }

  static Arbitrary<String> names() {
    return Arbitraries.oneOf(
        Arbitraries.of("培训合格率", "公众满意度", "组织开展网络宣传活动次数", "增强影响力", "达成", "预算", "项目", "分值", "_x1", "n",
            "网评员2025", "XM2020", "不低于", "良好以上", "次/年", "以上"),
        text(12, false));
  }

  static Arbitrary<BigDecimal> numbers(boolean negative) {
    return Combinators.combine(Arbitraries.longs().between(negative ? -1_000_000 : 0, 10_000_000), Arbitraries.integers().between(0, 3))
        .as(BigDecimal::valueOf);
  }

  static Arbitrary<Unit> units() {
    return Arbitraries.oneOf(
        Arbitraries.of(Unit.NONE, Unit.PERCENT, Unit.PERMILLE, Unit.YUAN, Unit.WAN_YUAN, Unit.YI_YUAN, Unit.QIAN_YUAN),
        Arbitraries.of("场", "人次", "个工作日", "平方米", "km", "分值", "m/s", "天", "次/年", "以上", "场以上", "km2", "m²").map(Unit::of),
        text(4, false).map(Unit::of));
  }

  static Arbitrary<Quantity> quantities(boolean negative) {
    return Combinators.combine(numbers(negative), units()).as(Quantity::new);
  }

  static Arbitrary<LocalDate> dates() {
    return Arbitraries.integers().between(0, 20_000).map(d -> LocalDate.of(2000, 1, 1).plusDays(d));
  }

  static Arbitrary<Target> targets() {
    Arbitrary<Target> comparison = Combinators.combine(Arbitraries.of(Comparator.class), quantities(true)).as(Comparison::new);
    Arbitrary<Target> exact = quantities(true).map(Exact::new);
    Arbitrary<Target> range = Combinators.combine(numbers(true), numbers(false), units())
        .as((a, b, u) -> new Range(a.min(b), a.max(b), u));
    Arbitrary<Target> deadline = dates().map(Deadline::new);
    Arbitrary<Target> qualitative = Arbitraries.oneOf(Arbitraries.of("及时完成", "保持清朗", "不断增强", "达成", "良好以上", "不低于", "达到", "网评员2025"), text(10, true))
        .map(Qualitative::new);
    return Arbitraries.oneOf(comparison, exact, range, deadline, qualitative);
  }

  static <T> Arbitrary<Optional<T>> optional(Arbitrary<T> a) {
    return a.optional(0.5);
  }

  static Arbitrary<Indicator> indicators() {
    return Combinators.combine(names(), targets(), optional(text(20, true)), optional(text(10, false)), optional(numbers(false)))
        .as(Indicator::new);
  }

  static Arbitrary<IndicatorTable> tables() {
    Arbitrary<SubCategory> sub = Combinators.combine(names(), optional(numbers(false)), indicators().list().ofMaxSize(3))
        .as(SubCategory::new);
    Arbitrary<Category> cat = Combinators.combine(names(), optional(numbers(false)), sub.list().ofMaxSize(3)).as(Category::new);
    return Combinators.combine(optional(Arbitraries.of(Framework.class)), optional(text(10, false)), cat.list().ofMaxSize(3))
        .as(IndicatorTable::new);
  }

  static Arbitrary<Budget> budgets() {
    Arbitrary<FundingSource> source = Combinators.combine(
        Arbitraries.oneOf(Arbitraries.of(FundingSource.KNOWN_NAMES), names()), numbers(false)).as(FundingSource::new);
    return Combinators.combine(numbers(false), source.list().ofMaxSize(3)).as(Budget::new);
  }

  static Arbitrary<SpendingPlan> plans() {
    Arbitrary<PlanPoint> point = Combinators.combine(Arbitraries.integers().between(1, 366), numbers(false))
        .as((d, p) -> new PlanPoint(MonthDay.from(LocalDate.ofYearDay(2024, d)), p));
    return point.list().ofMaxSize(5).map(SpendingPlan::new);
  }

  static Arbitrary<Year> years() {
    return Arbitraries.integers().between(1900, 2200).map(Year::of);
  }

  static Arbitrary<Project> projects() {
    Arbitrary<BudgetUnit> unit = Combinators.combine(text(8, false), optional(text(12, false))).as(BudgetUnit::new);
    return Combinators.combine(
        text(10, false), names(), optional(unit), optional(years()), optional(Arbitraries.of(MoneyUnit.class)),
        optional(budgets()), optional(text(30, true)), optional(plans()))
        .flatAs((code, name, u, y, m, b, purpose, plan) -> Combinators.combine(text(20, true).list().ofMaxSize(3), optional(tables()))
            .as((goals, table) -> new Project(code, name, u, y, m, b, purpose, plan, goals, table)));
  }

  static Arbitrary<Department> departments() {
    return Combinators.combine(text(8, false), names(), optional(years()), optional(Arbitraries.of(MoneyUnit.class)),
            optional(text(40, true)), text(20, true).list().ofMaxSize(3), text(20, true).list().ofMaxSize(3),
            optional(budgets()))
        .flatAs((code, name, y, m, goal, sub, measures, budget) -> optional(tables())
            .map(t -> new Department(code, name, y, m, goal, sub, measures, budget, t)));
  }

  static Arbitrary<Actual> actuals() {
    return Arbitraries.oneOf(
        quantities(true).map(Measured::new),
        dates().map(OnDate::new),
        Combinators.combine(Arbitraries.of(Grade.class), optional(numbers(false))).as(Graded::new),
        Arbitraries.just(new NotApplicable()));
  }

  static Arbitrary<DeviationReason> reasons() {
    return Combinators.combine(optional(Arbitraries.of(ReasonCategory.class)), optional(text(20, false)))
        .filter((c, t) -> c.isPresent() || t.isPresent()).as(DeviationReason::new);
  }

  static Arbitrary<SelfEvaluation> selfEvaluations() {
    Arbitrary<ActualRow> row = Combinators.combine(names(), actuals(), optional(numbers(false)), optional(numbers(false)),
        optional(reasons())).as(ActualRow::new);
    return Combinators.combine(text(10, false), optional(numbers(false)), optional(numbers(false)), optional(numbers(false)),
            numbers(false).optional(0.8), optional(numbers(false)), optional(numbers(false)), optional(reasons()))
        .flatAs((code, init, annual, adjusted, spent, points, score, reason) ->
            Combinators.combine(optional(numbers(false)), row.list().ofMaxSize(4)).as((total, rows) -> spent.isPresent()
                ? new SelfEvaluation(code, init, annual, adjusted, spent, points, score, reason, total, rows)
                : new SelfEvaluation(code, init, annual, adjusted, spent, Optional.empty(), Optional.empty(), Optional.empty(),
                    total, rows)));
  }

  static Arbitrary<Monitoring> monitorings() {
    Arbitrary<MonitoringRow> row = Combinators.combine(names(), actuals(), optional(actuals()),
        optional(Arbitraries.of(Possibility.class)), optional(reasons())).as(MonitoringRow::new);
    return Combinators.combine(text(10, false), dates(), optional(numbers(false)), row.list().ofMaxSize(4)).as(Monitoring::new);
  }

  static Arbitrary<Document> documents() {
    Arbitrary<DocumentItem> item = Arbitraries.oneOf(projects(), departments(), selfEvaluations(), monitorings());
    return item.list().ofMaxSize(3).map(Document::new);
  }

  /** The kind of a target, for coverage statistics. */
  static String kind(Target t) {
    return t.getClass().getSimpleName();
  }

  static List<Target> targetsOf(Document d) {
    return d.items().stream().flatMap(i -> i instanceof Project p ? p.indicators().stream()
            : i instanceof Department dep ? dep.indicators().stream() : java.util.stream.Stream.empty())
        .flatMap(IndicatorTable::indicators).map(Indicator::target).toList();
  }
}
