package dev.perf.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.fixture.Generators;
import dev.perf.eval.fixture.Generators.Form;
import dev.perf.eval.policy.ExecutionBase;
import dev.perf.eval.policy.GradeBand;
import dev.perf.eval.policy.PointScheme;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The evaluator equals the reference evaluator (the scorer before the kernel) on generated projects,
 * records and policies: every field of the report, BigDecimal scales included, its text, its hash
 * and the grade. The generators cover every target form, grades, 不适用, missing, unknown and
 * duplicate rows, file points that do and do not add up, claims and every execution-rate case.
 */
class ScoringKernelProperties {

  /** One generated evaluation. */
  record Input(Project project, SelfEvaluation record, ScoringPolicy policy) {}

  @Property(tries = 3000)
  void evaluatorEqualsReference(@ForAll("inputs") Input in) {
    EvaluationReport fast = Evaluator.evaluate(in.project(), in.record(), in.policy());
    EvaluationReport reference = ReferenceEvaluator.evaluate(in.project(), in.record(), in.policy());

    // the kernel's numbers first, before anything forces the presentation
    assertThat(fast.totalExact()).isEqualTo(reference.totalExact());
    assertThat(fast.totalExact().scale()).isEqualTo(reference.totalExact().scale());
    assertThat(fast.total()).isEqualTo(reference.total());
    assertThat(fast.grade()).isEqualTo(reference.grade());
    assertThat(fast.totalPoints()).isEqualTo(reference.totalPoints());

    assertThat(fast.budget()).isEqualTo(reference.budget());
    assertThat(fast.categories()).isEqualTo(reference.categories());
    assertThat(fast.claims()).isEqualTo(reference.claims());
    assertThat(fast.findings()).isEqualTo(reference.findings());
    assertThat(fast).isEqualTo(reference);
    assertThat(fast.hashCode()).isEqualTo(reference.hashCode());
    assertThat(fast.toString()).isEqualTo(reference.toString());

    collectStatistics(in, reference);
  }

  /** Every self-evaluation of every .perf file of the repository that parses, under the presets. */
  @Example
  void evaluatorEqualsReferenceOnTheRepositoryFiles() throws java.io.IOException {
    List<java.nio.file.Path> files;
    try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of(".."))) {
      files = walk.filter(f -> f.toString().endsWith(".perf") && !f.toString().contains("target")).sorted().toList();
    }
    // records and tables often live in separate files: pair them across files by project code
    Map<String, Project> projects = new java.util.HashMap<>();
    List<SelfEvaluation> records = new ArrayList<>();
    for (java.nio.file.Path f : files) {
      dev.perf.dsl.ParseResult r = dev.perf.dsl.PerfParser.parse(f);
      if (!r.hasErrors()) {
        r.document().projects().forEach(p -> projects.putIfAbsent(p.code(), p));
        records.addAll(r.document().selfEvaluations());
      }
    }
    int evaluated = 0;
    for (SelfEvaluation e : records) {
      Project p = projects.get(e.projectCode());
      if (p == null) {
        continue;
      }
      for (ScoringPolicy policy : List.of(ScoringPolicy.national(), ScoringPolicy.sichuan(),
          ScoringPolicy.national().withWholePointRounding(true))) {
        EvaluationReport fast = Evaluator.evaluate(p, e, policy);
        EvaluationReport reference = ReferenceEvaluator.evaluate(p, e, policy);
        assertThat(fast.totalExact()).as("%s", e.projectCode()).isEqualTo(reference.totalExact());
        assertThat(fast).as("%s", e.projectCode()).isEqualTo(reference);
        assertThat(fast.toString()).isEqualTo(reference.toString());
        evaluated++;
      }
    }
    assertThat(evaluated).isGreaterThanOrEqualTo(15);
  }

  private static void collectStatistics(Input in, EvaluationReport reference) {
    List<IndicatorResult> rows = reference.indicators();
    Statistics.label("status").collect(rows.isEmpty() ? "no rows" : rows.get(0).status());
    Statistics.label("grade").collect(reference.grade());
    Statistics.label("forms").collect(in.project().indicators().map(t -> t.indicators()
        .map(i -> i.target().getClass().getSimpleName()).distinct().count()).orElse(0L) >= 3 ? "3+ forms" : "fewer");
    Statistics.label("rescaled").collect(!reference.findings(dev.perf.eval.finding.FindingKind.POINTS_RESCALED).isEmpty()
        || !reference.findings(dev.perf.eval.finding.FindingKind.NOT_APPLICABLE_RESCALED).isEmpty());
    Statistics.label("status").coverage(cov -> {
      for (ResultStatus s : ResultStatus.values()) {
        cov.check(s).count(n -> n > 0);
      }
    });
    Statistics.label("grade").coverage(cov -> {
      for (OverallGrade g : OverallGrade.values()) {
        cov.check(g).count(n -> n > 0);
      }
    });
    Statistics.label("path").collect(ScoringKernel.score(in.project(), in.record(), in.policy()) != null ? "kernel" : "reference");
    Statistics.label("path").coverage(cov -> {
      cov.check("kernel").percentage(p -> p >= 40);
      cov.check("reference").count(n -> n > 0);
    });
    Statistics.label("rescaled").coverage(cov -> {
      cov.check(true).count(n -> n > 0);
      cov.check(false).count(n -> n > 0);
    });
  }

  // ---------------------------------------------------------------- generators

  @Provide
  Arbitrary<Input> inputs() {
    Arbitrary<Boolean> filePoints = Arbitraries.frequency(Tuple.of(2, false), Tuple.of(1, true));
    return Combinators.combine(filePoints.flatMap(ScoringKernelProperties::tables), policies(), money().optional(0.8),
            money().optional(0.5), money().optional(0.3), money().optional(0.9), Arbitraries.integers().between(0, 7))
        .flatAs((table, policy, annual, adjusted, initial, spent, extras) -> records(table, spent).map(rows -> {
          Project p = new Project("P1", "项目", Optional.empty(), Optional.of(Year.of(2025)), Optional.empty(),
              (extras & 1) == 0 ? Optional.of(Budget.of(annual.orElse(new BigDecimal("50.00")))) : Optional.empty(),
              Optional.empty(), Optional.empty(), List.of(), (extras & 6) == 6 ? Optional.empty() : Optional.of(table));
          Optional<BigDecimal> s = spent;
          boolean claims = (extras & 2) != 0 && s.isPresent();
          SelfEvaluation e = new SelfEvaluation("P1", initial, annual, adjusted, s,
              claims ? Optional.of(BigDecimal.TEN) : Optional.empty(), claims ? s.map(x -> new BigDecimal("9.5")) : Optional.empty(),
              (extras & 4) != 0 && s.isPresent() ? Optional.of(DeviationReason.of("资金拨付延迟")) : Optional.empty(),
              (extras & 3) == 3 ? Optional.of(new BigDecimal("92.5")) : Optional.empty(), rows);
          return new Input(p, e, policy);
        }));
  }

  private static Arbitrary<BigDecimal> money() {
    return Arbitraries.oneOf(
        Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("500")).ofScale(2),
        Arbitraries.of(BigDecimal.ZERO, new BigDecimal("20.00"), new BigDecimal("19.60"), new BigDecimal("7.29"),
            new BigDecimal("100"), new BigDecimal("61")));
  }

  private static Arbitrary<ScoringPolicy> policies() {
    ScoringPolicy national = ScoringPolicy.national();
    Map<FirstLevel, BigDecimal> withCost = new EnumMap<>(FirstLevel.class);
    withCost.put(FirstLevel.OUTPUT, BigDecimal.valueOf(40));
    withCost.put(FirstLevel.COST, BigDecimal.valueOf(10));
    withCost.put(FirstLevel.BENEFIT, BigDecimal.valueOf(30));
    withCost.put(FirstLevel.SATISFACTION, BigDecimal.valueOf(10));
    return Arbitraries.frequency(
        Tuple.of(6, national),
        Tuple.of(4, ScoringPolicy.sichuan()),
        Tuple.of(1, national.withWholePointRounding(true)),
        Tuple.of(1, ScoringPolicy.sichuan().withWholePointRounding(true)),
        Tuple.of(1, national.withOverAchievementDeduction(true)),
        Tuple.of(1, national.withExecutionBase(ExecutionBase.ADJUSTED_BUDGET)),
        Tuple.of(1, national.scaledBy(new BigDecimal("0.7"))),
        Tuple.of(1, national.scaledBy(new BigDecimal("3"))),
        Tuple.of(1, national.withClaimTolerance(BigDecimal.ZERO)),
        Tuple.of(1, national.toBuilder().name("成本单列").scheme(new PointScheme.ByCategory(withCost)).build()),
        Tuple.of(1, national.toBuilder().name("宽带").band(Grade.PARTIAL, GradeBand.of(50, 80, false, 65))
            .overAchievementPercent(new BigDecimal("12.5")).explanationThresholdPercent(new BigDecimal("95.5"))
            .lateDeadlineGrade(Grade.MISSED).build()));
  }

  private static final List<String> CATEGORY_NAMES =
      List.of("产出指标", "产出指标", "产出", "效益指标", "效益", "满意度指标", "成本指标", "产出指樗", "其他指标");
  private static final List<String> SUB_NAMES = List.of("数量指标", "质量指标", "时效指标", "成本指标", "社会效益指标", "服务对象满意度指标");

  private static Arbitrary<Optional<BigDecimal>> pointsOf(boolean filePoints, double chance) {
    if (!filePoints) {
      return Arbitraries.just(Optional.empty());
    }
    return Arbitraries.oneOf(Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("60")).ofScale(1),
        Arbitraries.of(new BigDecimal("10"), new BigDecimal("12.5"), new BigDecimal("50"), new BigDecimal("30"),
            new BigDecimal("0"))).optional(chance);
  }

  private static Arbitrary<IndicatorTable> tables(boolean filePoints) {
    Arbitrary<Target> targets = Arbitraries.of(Form.values()).flatMap(ScoringKernelProperties::targets);
    Arbitrary<Indicator> indicators = Combinators.combine(targets, pointsOf(filePoints, 0.4))
        .as((t, p) -> new Indicator("x", t, Optional.empty(), Optional.empty(), p));
    Arbitrary<SubCategory> subs = Combinators.combine(Arbitraries.of(SUB_NAMES), pointsOf(filePoints, 0.2),
        indicators.list().ofMinSize(1).ofMaxSize(4)).as(SubCategory::new);
    Arbitrary<Category> categories = Combinators.combine(Arbitraries.of(CATEGORY_NAMES), pointsOf(filePoints, 0.2),
        subs.list().ofMinSize(1).ofMaxSize(3)).as(Category::new);
    Arbitrary<Boolean> duplicateName = Arbitraries.frequency(Tuple.of(15, false), Tuple.of(1, true));
    return Combinators.combine(Arbitraries.frequencyOf(Tuple.of(1, categories.list().ofMaxSize(0)),
        Tuple.of(12, categories.list().ofMinSize(1).ofMaxSize(4))), duplicateName).as((cs, dup) -> {
      // names i0, i1, … in table order; now and then two indicators share one
      int[] n = {0};
      List<Category> named = cs.stream().map(c -> new Category(c.name(), c.points(), c.subCategories().stream()
          .map(s -> new SubCategory(s.name(), s.points(), s.indicators().stream()
              .map(i -> new Indicator(dup && n[0] == 2 ? "i1" : "i" + n[0]++, i.target(), i.description(), i.basis(), i.points()))
              .toList()))
          .toList())).toList();
      return new IndicatorTable(Optional.empty(), Optional.empty(), named);
    });
  }

  private static Arbitrary<Target> targets(Form form) {
    if (form == Form.QUALITATIVE || form == Form.DEADLINE) {
      return Generators.targetsOf(form);
    }
    // besides the fixture's values: whole numbers, one decimal, and big amounts in 元
    Arbitrary<BigDecimal> values = Arbitraries.oneOf(Generators.values(),
        Arbitraries.integers().between(0, 600).map(BigDecimal::valueOf),
        Arbitraries.integers().between(0, 1000).map(i -> BigDecimal.valueOf(i, 1)));
    Arbitrary<Unit> units = Arbitraries.of(Unit.of("人次"), Unit.PERCENT, Unit.WAN_YUAN, Unit.YUAN, Unit.NONE, Unit.of("个工作日"));
    return switch (form) {
      case AT_LEAST, MORE_THAN, AT_MOST, LESS_THAN -> Combinators.combine(values, units)
          .as((v, u) -> new Comparison(dev.perf.model.target.Comparator.valueOf(form.name()), new Quantity(v, u)));
      case EXACT -> Combinators.combine(values, units).as((v, u) -> new Exact(new Quantity(v, u)));
      default -> Combinators.combine(values, values, units).as((a, b, u) -> new Range(a.min(b), a.max(b), u));
    };
  }

  /** Rows for the table: usually one per indicator, sometimes missing, unknown, duplicated or out of order. */
  private static Arbitrary<List<ActualRow>> records(IndicatorTable table, Optional<BigDecimal> spent) {
    List<Indicator> all = table.indicators().toList();
    List<Arbitrary<Optional<ActualRow>>> perIndicator = new ArrayList<>();
    for (Indicator i : all) {
      perIndicator.add(rowFor(i).optional(0.93));
    }
    Arbitrary<List<Optional<ActualRow>>> rows = perIndicator.isEmpty() ? Arbitraries.just(List.of())
        : Combinators.combine(perIndicator).as(l -> l);
    Arbitrary<Integer> twist = Arbitraries.integers().between(0, 11);
    return Combinators.combine(rows, twist).as((rs, tw) -> {
      List<ActualRow> out = new ArrayList<>();
      rs.forEach(r -> r.ifPresent(out::add));
      if (tw == 1) {
        out.add(ActualRow.of("i未知", Graded.of(Grade.ACHIEVED)));
      } else if (tw == 2 && !out.isEmpty()) {
        out.add(ActualRow.of(out.get(0).indicator(), Graded.of(Grade.MISSED)));
      } else if (tw == 3 && out.size() > 1) {
        java.util.Collections.reverse(out);
      } else if (tw == 4 && !out.isEmpty()) {
        out.add(ActualRow.of("i" + "0".repeat(1) + "x", Graded.of(Grade.PARTIAL)));
      }
      return out;
    });
  }

  private static Arbitrary<ActualRow> rowFor(Indicator i) {
    Form form = formOf(i.target());
    Arbitrary<Actual> own = fixtureUnit(i.target()) ? Generators.actualsFor(form, i.target())
        : Arbitraries.frequencyOf(Tuple.of(7, measuredNear(i.target())), Tuple.of(2, Generators.grades()),
            Tuple.of(1, Arbitraries.just(new NotApplicable())));
    Arbitrary<Actual> odd = Arbitraries.of(new Measured(new Quantity(new BigDecimal("3"), Unit.of("场"))),
        new OnDate(LocalDate.of(2025, 3, 1)), new Measured(new Quantity(new BigDecimal("12.5"), Unit.NONE)),
        new Measured(new Quantity(new BigDecimal("0"), Unit.PERCENT)), new Measured(new Quantity(new BigDecimal("0.00"), Unit.YUAN)));
    Arbitrary<Actual> actual = i.target() instanceof Qualitative || i.target() instanceof Deadline
        ? Arbitraries.frequencyOf(Tuple.of(12, own), Tuple.of(1, odd)) : Arbitraries.frequencyOf(Tuple.of(12, own),
            Tuple.of(1, odd), Tuple.of(3, measuredNear(i.target())));
    Arbitrary<Optional<DeviationReason>> reason = Arbitraries.just(Optional.of(DeviationReason.of("原因"))).injectNull(0.7)
        .map(r -> r == null ? Optional.<DeviationReason>empty() : r);
    Arbitrary<Optional<BigDecimal>> claimedPoints = Arbitraries.of(new BigDecimal("10"), new BigDecimal("12.5"),
        new BigDecimal("7.14")).optional(0.1);
    Arbitrary<Optional<BigDecimal>> claimedScore = Arbitraries.bigDecimals().between(BigDecimal.ZERO, new BigDecimal("20"))
        .ofScale(1).optional(0.1);
    return Combinators.combine(actual, claimedPoints, claimedScore, reason)
        .as((a, p, s, r) -> new ActualRow(i.name(), a, p, s, r));
  }

  /** Measured actuals in the target's own unit at, around and well away from its bounds. */
  private static Arbitrary<Actual> measuredNear(Target t) {
    Quantity q;
    if (t instanceof Comparison c) {
      q = c.bound();
    } else if (t instanceof Exact e) {
      q = e.value();
    } else {
      Range r = (Range) t;
      q = new Quantity(r.low(), r.unit());
    }
    Arbitrary<BigDecimal> factor = Arbitraries.of(new BigDecimal("0.9"), new BigDecimal("0.97"), new BigDecimal("1"),
        new BigDecimal("1.05"), new BigDecimal("1.3"), new BigDecimal("0.333"), new BigDecimal("2.5"));
    Quantity bound = q;
    return factor.map(f -> (Actual) new Measured(new Quantity(bound.value().multiply(f), bound.unit())));
  }

  /** True if the fixture's generators know the target's unit (or it has none to know). */
  private static boolean fixtureUnit(Target t) {
    return Comparability.unitOf(t).map(u -> java.util.Arrays.stream(Generators.UnitKind.values()).anyMatch(k -> k.main.equals(u)))
        .orElse(true);
  }

  private static Form formOf(Target t) {
    if (t instanceof Comparison c) {
      return Form.valueOf(c.comparator().name());
    }
    if (t instanceof Exact) {
      return Form.EXACT;
    }
    if (t instanceof Range) {
      return Form.RANGE;
    }
    return t instanceof Deadline ? Form.DEADLINE : Form.QUALITATIVE;
  }
}
