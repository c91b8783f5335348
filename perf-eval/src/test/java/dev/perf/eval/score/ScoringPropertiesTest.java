package dev.perf.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.fixture.Generators;
import dev.perf.eval.fixture.Generators.Case;
import dev.perf.eval.fixture.Generators.Form;
import dev.perf.eval.fixture.Generators.Scenario;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Category;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.quantity.UnitFamily;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** The properties of evaluation.md §5, with coverage checks that fail when a generator misses a case. */
class ScoringPropertiesTest {
  private static final ScoringPolicy NATIONAL = ScoringPolicy.national();

  // ------------------------------------------------------------ single indicators

  @Provide
  Arbitrary<Case> cases() {
    return Generators.cases();
  }

  @Provide
  Arbitrary<BigDecimal> points() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.01"), new BigDecimal("100")).ofScale(2);
  }

  /** Met ⇔ full points, for every target form; scores lie in [0, points]; met agrees with an independent oracle. */
  @Property(tries = 2000)
  void metIffFullPointsAndScoreWithinPoints(@ForAll("cases") Case c, @ForAll("points") BigDecimal points) {
    Achievement a = Assessor.assess("x", c.target(), c.actual(), NATIONAL);
    BigDecimal score = Arithmetic.multiply(points, a.fraction());

    assertThat(score).isBetween(BigDecimal.ZERO, points);
    assertThat(a.met()).isEqualTo(score.compareTo(points) == 0);
    assertThat(a.met()).isEqualTo(Generators.expectedMet(c));

    String position = Generators.position(c);
    Statistics.label("form").collect(c.form());
    Statistics.label("position").collect(position);
    Statistics.label("form at boundary").collect(position.equals("boundary") ? c.form() : "elsewhere");
    Statistics.label("grade").collect(c.actual() instanceof Graded g ? g.grade() : "none");
    Statistics.label("form").coverage(cov -> {
      for (Form f : Form.values()) {
        cov.check(f).count(n -> n >= 20);
      }
    });
    Statistics.label("position").coverage(cov -> {
      for (String p : List.of("boundary", "met", "missed", "graded", "n/a")) {
        cov.check(p).count(n -> n >= 20);
      }
    });
    Statistics.label("form at boundary").coverage(cov -> {
      for (Form f : Form.values()) {
        if (f != Form.QUALITATIVE) {
          cov.check(f).count(n -> n >= 5);
        }
      }
    });
    Statistics.label("grade").coverage(cov -> {
      for (Grade g : Grade.values()) {
        cov.check(g).count(n -> n >= 20);
      }
    });
  }

  /** Boundary values land on the right side of every comparison, whatever the spelling of the unit. */
  @Property(tries = 500)
  void boundariesLandOnTheRightSide(@ForAll("quantitativeTargets") Target target, @ForAll boolean altSpelling) {
    for (BigDecimal bound : bounds(target)) {
      Quantity q = new Quantity(bound, unitOf(target));
      Actual atBound = new Measured(altSpelling ? respell(q) : q);
      boolean expected = !(target instanceof Comparison c) || c.comparator().inclusive();
      Achievement a = Assessor.assess("x", target, atBound, NATIONAL);
      assertThat(a.met()).as("%s at %s", target, atBound).isEqualTo(expected);
      Statistics.label("target").collect(target instanceof Comparison c ? c.comparator() : target.getClass().getSimpleName());
    }
    Statistics.label("target").coverage(cov -> {
      for (Object k : List.of(dev.perf.model.target.Comparator.AT_LEAST, dev.perf.model.target.Comparator.MORE_THAN,
          dev.perf.model.target.Comparator.AT_MOST, dev.perf.model.target.Comparator.LESS_THAN, "Exact", "Range")) {
        cov.check(k).count(n -> n > 0);
      }
    });
  }

  @Provide
  Arbitrary<Target> quantitativeTargets() {
    return Arbitraries.of(Form.AT_LEAST, Form.MORE_THAN, Form.AT_MOST, Form.LESS_THAN, Form.EXACT, Form.RANGE)
        .flatMap(Generators::targetsOf);
  }

  /** A deadline is met on its day and the days before, and not the day after. */
  @Property(tries = 200)
  void deadlinesAreMetOnTheDay(@ForAll("deadlines") Target target) {
    Deadline d = (Deadline) target;
    assertThat(Assessor.assess("x", d, new OnDate(d.date()), NATIONAL).met()).isTrue();
    assertThat(Assessor.assess("x", d, new OnDate(d.date().minusDays(1)), NATIONAL).met()).isTrue();
    assertThat(Assessor.assess("x", d, new OnDate(d.date().plusDays(1)), NATIONAL).met()).isFalse();
  }

  @Provide
  Arbitrary<Target> deadlines() {
    return Generators.targetsOf(Form.DEADLINE);
  }

  /** Two actuals against one target of one form. */
  record Pair(Form form, Target target, Actual a, Actual b) {}

  @Provide
  Arbitrary<Pair> pairs() {
    return Arbitraries.of(Form.values()).flatMap(f -> Generators.targetsOf(f).flatMap(t ->
        Combinators.combine(Generators.actualsFor(f, t), Generators.actualsFor(f, t)).as((a, b) -> new Pair(f, t, a, b))));
  }

  /** A better actual never lowers the score: higher for ≥ >, lower for ≤ <, closer for = and ranges, earlier for deadlines, a higher grade rate. */
  @Property(tries = 2000)
  void betterActualsNeverScoreLower(@ForAll("pairs") Pair pair) {
    Target t = pair.target();
    Actual a = pair.a();
    Actual b = pair.b();
    Assume.that(sameKind(a, b));
    Actual better;
    Actual worse;
    if (a instanceof Graded ga && b instanceof Graded gb) {
      better = rate(ga).compareTo(rate(gb)) >= 0 ? a : b;
    } else if (a instanceof OnDate da && b instanceof OnDate db) {
      better = da.date().isBefore(db.date()) ? a : b;
    } else {
      int cmp = betterThan(t, Generators.value(a, t), Generators.value(b, t));
      Assume.that(cmp != 0);
      better = cmp > 0 ? a : b;
    }
    worse = better == a ? b : a;
    BigDecimal fb = Assessor.assess("x", t, better, NATIONAL).fraction();
    BigDecimal fw = Assessor.assess("x", t, worse, NATIONAL).fraction();
    assertThat(fb).as("%s: %s should score at least %s", t, better, worse).isGreaterThanOrEqualTo(fw);
    Statistics.label("form").collect(pair.form());
    Statistics.label("kind").collect(better.getClass().getSimpleName());
    Statistics.label("form").coverage(cov -> {
      for (Form f : Form.values()) {
        cov.check(f).count(n -> n >= 20);
      }
    });
    Statistics.label("kind").coverage(cov -> {
      for (String k : List.of("Measured", "OnDate", "Graded")) {
        cov.check(k).count(n -> n >= 20);
      }
    });
  }

  /** +1 if {@code x} is at least as good as {@code y} and comparable on the same side, −1 the reverse, 0 if not comparable. */
  private static int betterThan(Target t, BigDecimal x, BigDecimal y) {
    if (t instanceof Comparison c) {
      int cmp = x.compareTo(y);
      return c.comparator().higherIsBetter() ? (cmp >= 0 ? 1 : -1) : (cmp <= 0 ? 1 : -1);
    }
    if (t instanceof Exact e) {
      BigDecimal v = e.value().value();
      return x.subtract(v).abs().compareTo(y.subtract(v).abs()) <= 0 ? 1 : -1;
    }
    Range r = (Range) t;
    boolean xIn = x.compareTo(r.low()) >= 0 && x.compareTo(r.high()) <= 0;
    boolean yIn = y.compareTo(r.low()) >= 0 && y.compareTo(r.high()) <= 0;
    if (xIn || yIn) {
      return xIn ? 1 : -1;
    }
    boolean xBelow = x.compareTo(r.low()) < 0;
    boolean yBelow = y.compareTo(r.low()) < 0;
    if (xBelow != yBelow) {
      return 0; // on opposite sides: no order of "closer"
    }
    int cmp = x.compareTo(y);
    return xBelow ? (cmp >= 0 ? 1 : -1) : (cmp <= 0 ? 1 : -1);
  }

  private static boolean sameKind(Actual a, Actual b) {
    if (a instanceof Graded ga && b instanceof Graded gb) {
      return true;
    }
    return a.getClass() == b.getClass() && !(a instanceof dev.perf.model.evaluation.NotApplicable);
  }

  private static BigDecimal rate(Graded g) {
    return g.ratePercent().orElse(NATIONAL.band(g.grade()).defaultPercent());
  }

  // ------------------------------------------------------------ whole reports

  @Provide
  Arbitrary<Scenario> scenarios() {
    return Generators.scenarios(false);
  }

  @Provide
  Arbitrary<Scenario> scenariosWithPoints() {
    return Generators.scenarios(true);
  }

  @Provide
  Arbitrary<ScoringPolicy> policies() {
    return Arbitraries.of(NATIONAL, ScoringPolicy.sichuan(), NATIONAL.withWholePointRounding(true),
        ScoringPolicy.sichuan().withWholePointRounding(true));
  }

  /** Every score in [0, points]; the total in [0, 100] and equal to the sum of its parts. */
  @Property(tries = 500)
  void totalsAreBoundedAndAddUp(@ForAll("scenariosWithPoints") Scenario s, @ForAll("policies") ScoringPolicy policy) {
    EvaluationReport r = Evaluator.evaluate(s.project(), s.record(), policy);

    for (IndicatorResult i : r.indicators()) {
      assertThat(i.scoreExact()).isBetween(BigDecimal.ZERO, i.points());
      if (!policy.wholePointRounding() && i.points().signum() > 0) {
        assertThat(i.met()).as("met ⇔ full: %s", i).isEqualTo(i.scoreExact().compareTo(i.points()) == 0);
      }
    }
    assertThat(r.budget().scoreExact()).isBetween(BigDecimal.ZERO, policy.executionPoints());
    assertThat(r.totalExact()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
    BigDecimal parts = r.indicators().stream().map(IndicatorResult::scoreExact).reduce(r.budget().scoreExact(), BigDecimal::add);
    assertThat(r.totalExact()).isEqualByComparingTo(parts);
    BigDecimal subtotals = r.categories().stream().map(CategoryResult::scoreExact).reduce(r.budget().scoreExact(), BigDecimal::add);
    assertThat(r.totalExact()).isEqualByComparingTo(subtotals);
    BigDecimal pointSum = r.indicators().stream().map(IndicatorResult::points).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(pointSum).isLessThanOrEqualTo(policy.scheme().total());

    Statistics.label("policy").collect(policy.name() + (policy.wholePointRounding() ? " 整分" : ""));
    Statistics.label("grade").collect(r.grade());
    Statistics.label("policy").coverage(cov -> {
      for (String name : List.of(NATIONAL.name(), ScoringPolicy.sichuan().name())) {
        cov.check(name).count(n -> n >= 20);
        cov.check(name + " 整分").count(n -> n >= 20);
      }
    });
    Statistics.label("grade").coverage(cov -> {
      for (OverallGrade g : OverallGrade.values()) {
        cov.check(g).count(n -> n > 0);
      }
    });
  }

  /** Scores depend neither on the order of categories, sub-categories, indicators and rows, nor on the order of projects. */
  @Property(tries = 300)
  void orderDoesNotMatter(@ForAll("scenarios") Scenario s, @ForAll("scenarios") Scenario t, @ForAll Random random,
      @ForAll("policies") ScoringPolicy policy) {
    Scenario shuffled = shuffle(s, random);
    EvaluationReport a = Evaluator.evaluate(s.project(), s.record(), policy);
    EvaluationReport b = Evaluator.evaluate(shuffled.project(), shuffled.record(), policy);
    assertThat(b.totalExact()).isEqualByComparingTo(a.totalExact());
    Map<String, BigDecimal> byName = scores(a);
    scores(b).forEach((name, score) -> assertThat(score).as(name).isEqualByComparingTo(byName.get(name)));

    Scenario second = rename(t, "GEN2");
    List<DocumentItem> items = new ArrayList<>(List.of(s.project(), s.record(), second.project(), second.record()));
    Map<String, BigDecimal> before = totals(Evaluator.evaluate(new Document(items), policy));
    Collections.shuffle(items, random);
    assertThat(totals(Evaluator.evaluate(new Document(items), policy))).isEqualTo(before);
  }

  /** 20 万元 = 200000 元 and 98% = 980‰: the spelling of equal quantities never changes a score. */
  @Property(tries = 300)
  void unitSpellingDoesNotMatter(@ForAll("scenarios") Scenario s, @ForAll Random random) {
    Scenario respelled = respell(s, random);
    EvaluationReport a = Evaluator.evaluate(s.project(), s.record(), NATIONAL);
    EvaluationReport b = Evaluator.evaluate(respelled.project(), respelled.record(), NATIONAL);
    assertThat(b.totalExact()).isEqualByComparingTo(a.totalExact());
    Map<String, BigDecimal> byName = scores(a);
    scores(b).forEach((name, score) -> assertThat(score).as(name).isEqualByComparingTo(byName.get(name)));
    long money = s.project().indicators().orElseThrow().indicators()
        .filter(i -> unitOfAny(i.target()).map(u -> u.family() == UnitFamily.MONEY).orElse(false)).count();
    Statistics.label("has money").collect(money > 0);
    Statistics.label("has money").coverage(cov -> cov.check(true).count(n -> n > 0));
  }

  /** Scaling all points (policy and file) by k scales every score by k. */
  @Property(tries = 300)
  void scalingPointsScalesScores(@ForAll("scenariosWithPoints") Scenario s, @ForAll("factors") BigDecimal k,
      @ForAll("exactPolicies") ScoringPolicy policy) {
    Scenario scaled = scalePoints(s, k);
    EvaluationReport a = Evaluator.evaluate(s.project(), s.record(), policy);
    EvaluationReport b = Evaluator.evaluate(scaled.project(), scaled.record(), policy.scaledBy(k));
    BigDecimal tolerance = new BigDecimal("1e-25");
    List<IndicatorResult> as = a.indicators();
    List<IndicatorResult> bs = b.indicators();
    for (int i = 0; i < as.size(); i++) {
      assertThat(bs.get(i).scoreExact().subtract(as.get(i).scoreExact().multiply(k)).abs()).isLessThanOrEqualTo(tolerance);
      assertThat(bs.get(i).points().subtract(as.get(i).points().multiply(k)).abs()).isLessThanOrEqualTo(tolerance);
    }
    assertThat(b.budget().scoreExact().subtract(a.budget().scoreExact().multiply(k)).abs()).isLessThanOrEqualTo(tolerance);
    assertThat(b.totalExact().subtract(a.totalExact().multiply(k)).abs()).isLessThanOrEqualTo(tolerance);
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.bigDecimals().between(new BigDecimal("0.1"), new BigDecimal("10")).ofScale(2);
  }

  @Provide
  Arbitrary<ScoringPolicy> exactPolicies() {
    return Arbitraries.of(NATIONAL, ScoringPolicy.sichuan());
  }

  // ------------------------------------------------------------ helpers

  private static Map<String, BigDecimal> scores(EvaluationReport r) {
    return r.indicators().stream().collect(Collectors.toMap(IndicatorResult::name, IndicatorResult::scoreExact));
  }

  private static Map<String, BigDecimal> totals(List<EvaluationReport> reports) {
    return reports.stream().collect(Collectors.toMap(EvaluationReport::projectCode, r -> r.totalExact().stripTrailingZeros()));
  }

  private static Scenario shuffle(Scenario s, Random random) {
    IndicatorTable t = s.project().indicators().orElseThrow();
    List<Category> categories = new ArrayList<>();
    for (Category c : t.categories()) {
      List<SubCategory> subs = new ArrayList<>();
      for (SubCategory sub : c.subCategories()) {
        List<dev.perf.model.Indicator> inds = new ArrayList<>(sub.indicators());
        Collections.shuffle(inds, random);
        subs.add(new SubCategory(sub.name(), sub.points(), inds));
      }
      Collections.shuffle(subs, random);
      categories.add(new Category(c.name(), c.points(), subs));
    }
    Collections.shuffle(categories, random);
    List<ActualRow> rows = new ArrayList<>(s.record().rows());
    Collections.shuffle(rows, random);
    return rebuild(s, new IndicatorTable(t.framework(), t.basis(), categories), rows);
  }

  private static Scenario rename(Scenario s, String code) {
    Project p = s.project();
    SelfEvaluation e = s.record();
    return new Scenario(
        new Project(code, p.name(), p.unit(), p.year(), p.moneyUnit(), p.budget(), p.purpose(), p.plan(), p.goals(), p.indicators()),
        new SelfEvaluation(code, e.initialBudget(), e.annualBudget(), e.adjustedBudget(), e.spent(), e.executionPoints(),
            e.executionClaimedScore(), e.executionReason(), e.claimedTotal(), e.rows()));
  }

  private static Scenario respell(Scenario s, Random random) {
    IndicatorTable t = s.project().indicators().orElseThrow();
    Function<dev.perf.model.Indicator, dev.perf.model.Indicator> f = i -> random.nextBoolean()
        ? new dev.perf.model.Indicator(i.name(), respell(i.target()), i.description(), i.basis(), i.points()) : i;
    IndicatorTable respelled = mapIndicators(t, f);
    List<ActualRow> rows = s.record().rows().stream()
        .map(r -> r.actual() instanceof Measured m && random.nextBoolean()
            ? new ActualRow(r.indicator(), new Measured(respell(m.value())), r.points(), r.claimedScore(), r.reason()) : r)
        .toList();
    return rebuild(s, respelled, rows);
  }

  private static Scenario scalePoints(Scenario s, BigDecimal k) {
    IndicatorTable t = mapIndicators(s.project().indicators().orElseThrow(), i -> new dev.perf.model.Indicator(i.name(),
        i.target(), i.description(), i.basis(), i.points().map(p -> p.multiply(k))));
    return rebuild(s, t, s.record().rows());
  }

  private static IndicatorTable mapIndicators(IndicatorTable t, Function<dev.perf.model.Indicator, dev.perf.model.Indicator> f) {
    List<Category> categories = t.categories().stream().map(c -> new Category(c.name(), c.points(), c.subCategories().stream()
        .map(sub -> new SubCategory(sub.name(), sub.points(), sub.indicators().stream().map(f).toList())).toList())).toList();
    return new IndicatorTable(t.framework(), t.basis(), categories);
  }

  private static Scenario rebuild(Scenario s, IndicatorTable t, List<ActualRow> rows) {
    Project p = s.project();
    SelfEvaluation e = s.record();
    return new Scenario(
        new Project(p.code(), p.name(), p.unit(), p.year(), p.moneyUnit(), p.budget(), p.purpose(), p.plan(), p.goals(),
            java.util.Optional.of(t)),
        new SelfEvaluation(e.projectCode(), e.initialBudget(), e.annualBudget(), e.adjustedBudget(), e.spent(),
            e.executionPoints(), e.executionClaimedScore(), e.executionReason(), e.claimedTotal(), rows));
  }

  /** An equal quantity in the other spelling of its unit (万元 ↔ 元, % ↔ ‰). */
  private static Quantity respell(Quantity q) {
    for (Generators.UnitKind k : Generators.UnitKind.values()) {
      if (q.unit().equals(k.main)) {
        return new Quantity(q.value().multiply(k.factor), k.alt);
      }
      if (q.unit().equals(k.alt) && !k.alt.equals(k.main)) {
        return new Quantity(q.value().divide(k.factor), k.main);
      }
    }
    return q;
  }

  private static Target respell(Target t) {
    if (t instanceof Comparison c) {
      return new Comparison(c.comparator(), respell(c.bound()));
    }
    if (t instanceof Exact e) {
      return new Exact(respell(e.value()));
    }
    if (t instanceof Range r) {
      Quantity low = respell(r.lowQuantity());
      Quantity high = respell(r.highQuantity());
      return new Range(low.value(), high.value(), low.unit());
    }
    return t;
  }

  private static List<BigDecimal> bounds(Target t) {
    if (t instanceof Comparison c) {
      return List.of(c.bound().value());
    }
    if (t instanceof Exact e) {
      return List.of(e.value().value());
    }
    Range r = (Range) t;
    return List.of(r.low(), r.high());
  }

  private static Unit unitOf(Target t) {
    return unitOfAny(t).orElseThrow();
  }

  private static java.util.Optional<Unit> unitOfAny(Target t) {
    return Comparability.unitOf(t);
  }
}
