package dev.perf.eval.score;

import dev.perf.eval.policy.ExecutionBase;
import dev.perf.eval.policy.GradeBand;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The numbers that decide a self-evaluation — every indicator's score, the execution score, the
 * exact total and the grade — in one walk over the table, without building the official table. It follows
 * {@link ReferenceEvaluator} step by step (same formulas, same 34-digit rounding, same scales) in
 * {@link Dec34} arithmetic; points come from the cached {@link PointPlan}.
 *
 * <p>不适用 rows drop out: their points become 0 and the others' are rescaled to the pool, by a
 * {@link PointPlan#dropping variant of the plan}, as the reference evaluator does.
 *
 * <p>Actuals in another unit of the target's family are converted ({@code Quantity#valueIn}). Where
 * a case is rare or outside the fast arithmetic, the kernel either scores that indicator with the
 * reference scorers (an exact target missed) or gives up (whole-point rounding, the
 * over-achievement deduction, values that do not fit), and the caller then takes the reference
 * path for the whole evaluation.
 */
final class ScoringKernel {
  /** {@link ComparisonScorer#STRICT_MISS_CAP} (0.99) as unscaled value and scale. */
  private static final long STRICT_CAP = ComparisonScorer.STRICT_MISS_CAP.unscaledValue().longValueExact();
  private static final int STRICT_CAP_SCALE = ComparisonScorer.STRICT_MISS_CAP.scale();
  /** Above this many indicators, rows are found through a map rather than by scanning. */
  private static final int SCAN_LIMIT = 48;

  /** One kernel per thread, reused: a run allocates nothing per indicator. */
  private static final ThreadLocal<ScoringKernel> KERNELS = ThreadLocal.withInitial(ScoringKernel::new);

  private Project project;
  private SelfEvaluation record;
  private ScoringPolicy policy;
  private final long[] work = new long[10];
  /** The rows by indicator name, for large tables and records; null while rows are found by scanning. */
  private Map<String, ActualRow> byName;
  /** The hash of every row's indicator name, to find rows without touching them. */
  private int[] rowHashes = new int[16];
  private final Dec34 points = new Dec34();
  /** The execution points of {@link #executionPointsPolicy}, the last policy seen (policies are immutable). */
  private final Dec34 executionPoints = new Dec34();
  private ScoringPolicy executionPointsPolicy;
  private final Dec34 x = new Dec34();
  private final Dec34 y = new Dec34();
  private final Dec34 fraction = new Dec34();
  private final Dec34 score = new Dec34();
  private final DecSum sum = new DecSum();
  /** The fraction of the indicator in hand: {@link #fraction}, or one of these markers. */
  private Kind kind;

  /** Per indicator of the table in hand: its kind and fraction, kept for a second pass when rows are 不适用. */
  private Kind[] kinds = new Kind[32];
  private long[] fractionHi = new long[32];
  private long[] fractionLo = new long[32];
  private int[] fractionScale = new int[32];

  /** What the fraction is: exactly {@link BigDecimal#ONE} or {@link BigDecimal#ZERO}, a value, or "give up". */
  private enum Kind { ONE, ZERO, VALUE, GIVE_UP }

  /** The kernel's result: the full score, the exact total and the grade. */
  record Result(BigDecimal totalPoints, BigDecimal totalExact, OverallGrade grade) {}

  private ScoringKernel() {}

  /** The total and grade of {@code record}, or null if this evaluation needs the reference path. */
  static Result score(Project project, SelfEvaluation record, ScoringPolicy policy) {
    if (policy.wholePointRounding() || policy.overAchievementDeduction()) {
      return null;
    }
    ScoringKernel kernel = KERNELS.get();
    kernel.project = project;
    kernel.record = record;
    kernel.policy = policy;
    kernel.sum.clear();
    try {
      return kernel.run();
    } finally {
      kernel.project = null;
      kernel.record = null;
      kernel.policy = null;
      kernel.byName = null;
    }
  }

  private Result run() {
    IndicatorTable table = project.indicators().orElse(null);
    BigDecimal totalPoints;
    if (table == null) {
      totalPoints = policy.totalPoints();
    } else {
      PointPlan plan = indicators(table);
      if (plan == null) {
        return null;
      }
      totalPoints = policy.executionPoints().add(plan.pool());
    }
    if (!execution() || !sum.add(score)) {
      return null;
    }
    BigDecimal shown = sum.display(work);
    if (shown == null) {
      return null;
    }
    return new Result(totalPoints, sum.total(work), OverallGrade.of(shown, policy.gradeThresholds()));
  }

  // ---------------------------------------------------------------- indicators

  /**
   * Adds every indicator's score to {@link #sum} and returns the table's plan, or null if the kernel
   * gives up. One walk over the table assesses the rows and reads the table's shape; the plan of that
   * shape then gives the points, with the 不适用 indicators dropped.
   */
  private PointPlan indicators(IndicatorTable table) {
    List<ActualRow> rows = record.rows();
    byName = rows.size() > SCAN_LIMIT ? firstRows(rows) : null;
    if (byName == null) {
      hashRows(rows);
    }
    PointPlan.Shape shape = PointPlan.shape(policy.scheme());
    PointPlan plan;
    try {
      long dropped = assessIndicators(table, shape);
      if (dropped == GIVE_UP) {
        return null;
      }
      plan = PointPlan.of(shape, table, policy).dropping(dropped);
    } finally {
      shape.release();
      byName = null;
    }
    if (!plan.usable()) {
      return null;
    }
    for (int i = 0, n = plan.size(); i < n; i++) {
      kind = kinds[i];
      fraction.set(fractionHi[i], fractionLo[i], fractionScale[i]);
      plan.points(i, points);
      scoreOf(points);
      if (!sum.add(score)) {
        return null;
      }
    }
    return plan;
  }

  /** {@link #assessIndicators}' answer when the kernel gives up. */
  private static final long GIVE_UP = -1;

  /**
   * Assesses every indicator into {@link #kinds} and the fraction arrays, and puts the table's
   * shape into {@code shape}. Returns the bit set of the 不适用 indicators (indicator {@code i} is
   * bit {@code i}; 0 if none), or {@link #GIVE_UP} (also when all of 64 indicators are 不适用).
   */
  private long assessIndicators(IndicatorTable table, PointPlan.Shape shape) {
    List<ActualRow> rows = record.rows();
    long dropped = 0;
    int i = 0;
    // indexed loops: iterators of the model's immutable lists would be allocated per call
    List<Category> categories = table.categories();
    shape.table(categories.size());
    for (int ci = 0, cn = categories.size(); ci < cn; ci++) {
      Category category = categories.get(ci);
      List<SubCategory> subs = category.subCategories();
      shape.category(category, subs.size());
      for (int si = 0, sn = subs.size(); si < sn; si++) {
        SubCategory sub = subs.get(si);
        List<Indicator> indicators = sub.indicators();
        int in = indicators.size();
        shape.subCategory(sub, in);
        ensureCapacity(i + in);
        for (int ii = 0; ii < in; ii++, i++) {
          Indicator indicator = indicators.get(ii);
          shape.indicator(indicator);
          ActualRow row = row(rows, indicator.name());
          if (row == null) {
            kind = Kind.ZERO;
          } else if (row.actual() instanceof NotApplicable) {
            if (i >= Long.SIZE) {
              return GIVE_UP;
            }
            dropped |= 1L << i;
            kind = Kind.ZERO; // its points are 0 in the plan that drops it
          } else {
            assess(indicator, row.actual());
            if (kind == Kind.GIVE_UP) {
              return GIVE_UP;
            }
          }
          kinds[i] = kind;
          fractionHi[i] = fraction.hi;
          fractionLo[i] = fraction.lo;
          fractionScale[i] = fraction.scale;
        }
      }
    }
    return dropped;
  }

  private void ensureCapacity(int n) {
    if (kinds.length < n) {
      int size = Math.max(n, 2 * kinds.length);
      kinds = java.util.Arrays.copyOf(kinds, size);
      fractionHi = java.util.Arrays.copyOf(fractionHi, size);
      fractionLo = java.util.Arrays.copyOf(fractionLo, size);
      fractionScale = java.util.Arrays.copyOf(fractionScale, size);
    }
  }

  /** The row of the indicator named {@code name}: the first so named, the one the reference evaluator keeps. */
  private ActualRow row(List<ActualRow> rows, String name) {
    return byName != null ? byName.get(name) : firstRow(rows, name);
  }

  private void hashRows(List<ActualRow> rows) {
    int n = rows.size();
    if (rowHashes.length < n) {
      rowHashes = new int[Math.max(n, 2 * rowHashes.length)];
    }
    for (int j = 0; j < n; j++) {
      rowHashes[j] = rows.get(j).indicator().hashCode();
    }
  }

  /** The first row named {@code name}: the one the reference evaluator keeps. */
  private ActualRow firstRow(List<ActualRow> rows, String name) {
    int hash = name.hashCode();
    int[] hashes = rowHashes;
    for (int j = 0, n = rows.size(); j < n; j++) {
      if (hashes[j] == hash) {
        ActualRow r = rows.get(j);
        if (r.indicator().equals(name)) {
          return r;
        }
      }
    }
    return null;
  }

  private static Map<String, ActualRow> firstRows(List<ActualRow> rows) {
    Map<String, ActualRow> out = new HashMap<>(rows.size() * 2);
    for (ActualRow r : rows) {
      out.putIfAbsent(r.indicator(), r);
    }
    return out;
  }

  /** {@link #score} = points × fraction to 34 digits, as {@link Arithmetic#multiply} gives it. */
  private void scoreOf(Dec34 p) {
    switch (kind) {
      case ONE -> {
        if (p.hi < Dec34.E16 || p.digits() <= 34) {
          score.set(p); // × 1 changes neither digits nor scale
        } else {
          Dec34.multiply(p, fraction.set(0, 1, 0), score, work);
        }
      }
      case ZERO -> score.set(0, 0, p.scale);
      default -> Dec34.multiply(p, fraction, score, work);
    }
  }

  /** Sets {@link #kind} (and {@link #fraction}) for one row, as {@link Assessor#assess} would. */
  private void assess(Indicator indicator, Actual actual) {
    Target target = indicator.target();
    if (actual instanceof Graded g) {
      graded(policy.band(g.grade()), g.ratePercent());
    } else if (actual instanceof Measured m) {
      measured(indicator, target, m);
    } else if (target instanceof Deadline d) {
      long late = ((OnDate) actual).date().toEpochDay() - d.date().toEpochDay();
      if (late <= 0) {
        kind = Kind.ONE;
      } else {
        graded(policy.band(policy.lateDeadlineGrade()), Optional.empty());
      }
    } else {
      kind = Kind.ZERO; // a date against anything but a deadline is incomparable
    }
  }

  /** {@link GradeScorer}: the rate if it lies in the band, else the default; fraction = unit(rate / 100). */
  private void graded(GradeBand band, Optional<BigDecimal> given) {
    BigDecimal rate = given.isPresent() && band.contains(given.get()) ? given.get() : band.defaultPercent();
    if (!x.read(rate)) {
      kind = Kind.GIVE_UP;
      return;
    }
    divideUnit(x, y.set(0, 100, 0));
  }

  private void measured(Indicator indicator, Target target, Measured actual) {
    Unit unit = unitOf(target);
    Quantity value = actual.value();
    BigDecimal a;
    if (value.unit() == unit) {
      a = value.value(); // the parser shares the common units: most rows get here
    } else if (unit == null || !value.isComparableWith(unit)) {
      kind = Kind.ZERO; // incomparable
      return;
    } else {
      a = value.unit().toBase().compareTo(unit.toBase()) == 0 ? value.value() : value.valueIn(unit).orElseThrow();
    }
    if (target instanceof Comparison c) {
      comparison(c.comparator(), a, c.bound().value());
    } else if (target instanceof Range r) {
      range(a, r.low(), r.high());
    } else if (a.compareTo(((Exact) target).value().value()) == 0) {
      kind = Kind.ONE;
    } else {
      reference(indicator, target, actual); // an exact target missed
    }
  }

  /** {@link Comparability#unitOf}, without the Optional: the unit of a numeric target, else null. */
  private static Unit unitOf(Target target) {
    if (target instanceof Comparison c) {
      return c.bound().unit();
    }
    if (target instanceof Exact e) {
      return e.value().unit();
    }
    return target instanceof Range r ? r.unit() : null;
  }

  /** {@link ComparisonScorer} with the deduction off. */
  private void comparison(Comparator op, BigDecimal a, BigDecimal t) {
    if (op.test(a.compareTo(t))) {
      kind = Kind.ONE;
      return;
    }
    if (op.higherIsBetter()) {
      if (t.signum() <= 0) {
        kind = Kind.ZERO;
      } else if (read(a, t)) {
        divideUnit(x, y);
      }
    } else if (a.signum() <= 0 || t.signum() <= 0) {
      kind = Kind.ZERO;
    } else if (read(t, a)) {
      divideUnit(x, y);
    }
    if (!op.inclusive() && (kind == Kind.VALUE || kind == Kind.ONE)) {
      capStrict();
    }
  }

  /** {@link RangeScorer}: inside → 1; below → unit(a / low); above → unit(high / a); else 0. */
  private void range(BigDecimal a, BigDecimal low, BigDecimal high) {
    if (a.compareTo(low) >= 0 && a.compareTo(high) <= 0) {
      kind = Kind.ONE;
    } else if (a.compareTo(low) < 0) {
      if (low.signum() <= 0) {
        kind = Kind.ZERO;
      } else if (read(a, low)) {
        divideUnit(x, y);
      }
    } else if (a.signum() <= 0) {
      kind = Kind.ZERO;
    } else if (read(high, a)) {
      divideUnit(x, y);
    }
  }

  /** Reads {@code a} into {@link #x} and {@code b} into {@link #y}; gives up if either does not fit. */
  private boolean read(BigDecimal a, BigDecimal b) {
    if (x.read(a) && y.read(b)) {
      return true;
    }
    kind = Kind.GIVE_UP;
    return false;
  }

  /** {@link #fraction} = unit(a / b), as {@link Arithmetic#unit}({@link Arithmetic#divide}) gives it. */
  private void divideUnit(Dec34 a, Dec34 b) {
    if (!Dec34.divide(a, b, fraction, work)) {
      kind = Kind.GIVE_UP;
    } else if (fraction.aboveOne() || (fraction.hi == 0 && fraction.lo == 1 && fraction.scale == 0)) {
      kind = Kind.ONE; // above one is capped to one; and one at scale 0 is BigDecimal.ONE itself
    } else {
      kind = Kind.VALUE;
    }
  }

  /** An unmet strict bound earns at most 99%: {@code min(fraction, 0.99)}. */
  private void capStrict() {
    if (kind == Kind.ONE || fraction.compareTo(y.set(0, STRICT_CAP, STRICT_CAP_SCALE), work) > 0) {
      fraction.set(0, STRICT_CAP, STRICT_CAP_SCALE);
      kind = Kind.VALUE;
    }
  }

  /** The reference scorers for the rare forms. */
  private void reference(Indicator indicator, Target target, Actual actual) {
    BigDecimal f = Assessor.assess(indicator.name(), target, actual, policy).fraction();
    if (f.signum() == 0 && f.scale() == 0) {
      kind = Kind.ZERO;
    } else if (fraction.read(f)) {
      kind = Kind.VALUE;
    } else {
      kind = Kind.GIVE_UP;
    }
  }

  // ---------------------------------------------------------------- execution rate

  /** {@link #score} = the execution score, as the reference evaluator's budget block computes it. */
  private boolean execution() {
    Optional<BigDecimal> base = figure(policy.executionBase());
    if (base.isEmpty()) {
      base = figure(policy.executionBase() == ExecutionBase.ANNUAL_BUDGET ? ExecutionBase.ADJUSTED_BUDGET
          : ExecutionBase.ANNUAL_BUDGET);
    }
    if (base.isEmpty()) {
      base = record.initialBudget().or(() -> project.budget().map(Budget::total));
    }
    Optional<BigDecimal> spent = record.spent();
    if (spent.isEmpty() || base.isEmpty() || base.get().signum() == 0) {
      score.set(0, 0, 0);
      return true;
    }
    // rate = spent × 100 / base; fraction = unit(rate / 100); score = points × fraction
    if (!x.read(spent.get()) || x.digits() > 32 || !y.read(base.get())) {
      return false;
    }
    Dec34 rate = score;
    Dec34.multiply(x, fraction.set(0, 100, 0), rate, work);
    if (!Dec34.divide(rate, y, x, work)) {
      return false;
    }
    divideUnit(x, y.set(0, 100, 0));
    if (kind == Kind.GIVE_UP || !readExecutionPoints()) {
      return false;
    }
    scoreOf(points);
    return true;
  }

  /** {@link #points} = the policy's execution points, read once per policy in a row. */
  private boolean readExecutionPoints() {
    if (policy != executionPointsPolicy) {
      if (!executionPoints.read(policy.executionPoints())) {
        return false;
      }
      executionPointsPolicy = policy;
    }
    points.set(executionPoints);
    return true;
  }

  private Optional<BigDecimal> figure(ExecutionBase base) {
    return base == ExecutionBase.ANNUAL_BUDGET ? record.annualBudget() : record.adjustedBudget();
  }
}
