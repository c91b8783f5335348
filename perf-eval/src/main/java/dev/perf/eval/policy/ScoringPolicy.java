package dev.perf.eval.policy;

import dev.perf.model.FirstLevel;
import dev.perf.model.evaluation.Grade;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Every setting of the self-evaluation rules (evaluation.md §2), as one immutable value with a name.
 * Start from a preset — {@link #national()} or {@link #sichuan()} — and change what differs with
 * {@link #toBuilder()} or a {@code with…} method.
 *
 * <p>Rates and thresholds are written in percent ({@code 20} means 20%), points in points.
 *
 * @param name a human name, printed on reports
 * @param executionPoints 分值 of the 预算执行率 row (10)
 * @param scheme how the indicator points are given to categories
 * @param executionBase the denominator of the execution rate
 * @param bands the band and default rate of each grade (达成 [80,100] 100; 部分达成 [60,80) 70; 未达成 [0,60) 30)
 * @param overAchievementPercent a higher-is-better actual above target × (1 + this/100) is flagged (20)
 * @param overAchievementDeduction whether a flagged over-achievement also loses points (off)
 * @param claimTolerance a claimed score differing from the computed one by more than this is flagged (0.5)
 * @param explanationThresholdPercent an execution rate below this asks for a reason (90)
 * @param wholePointRounding round each row's score to whole points (HALF_UP) before adding up (off)
 * @param gradeThresholds lower ends of 优 / 良 / 中 (90 / 80 / 60)
 * @param lateDeadlineGrade how a deadline met late is graded when the record gives no grade (部分达成)
 */
public record ScoringPolicy(
    String name,
    BigDecimal executionPoints,
    PointScheme scheme,
    ExecutionBase executionBase,
    Map<Grade, GradeBand> bands,
    BigDecimal overAchievementPercent,
    boolean overAchievementDeduction,
    BigDecimal claimTolerance,
    BigDecimal explanationThresholdPercent,
    boolean wholePointRounding,
    GradeThresholds gradeThresholds,
    Grade lateDeadlineGrade) {

  /** Checks every setting and copies the bands. */
  public ScoringPolicy {
    Objects.requireNonNull(name, "name");
    nonNegative(executionPoints, "executionPoints");
    Objects.requireNonNull(scheme, "scheme");
    Objects.requireNonNull(executionBase, "executionBase");
    Objects.requireNonNull(bands, "bands");
    EnumMap<Grade, GradeBand> copy = new EnumMap<>(Grade.class);
    copy.putAll(bands);
    for (Grade g : Grade.values()) {
      Objects.requireNonNull(copy.get(g), "band of " + g);
    }
    bands = Collections.unmodifiableMap(copy);
    nonNegative(overAchievementPercent, "overAchievementPercent");
    nonNegative(claimTolerance, "claimTolerance");
    nonNegative(explanationThresholdPercent, "explanationThresholdPercent");
    Objects.requireNonNull(gradeThresholds, "gradeThresholds");
    Objects.requireNonNull(lateDeadlineGrade, "lateDeadlineGrade");
  }

  private static void nonNegative(BigDecimal v, String what) {
    Objects.requireNonNull(v, what);
    if (v.signum() < 0) {
      throw new IllegalArgumentException(what + " must not be negative");
    }
  }

  /**
   * The national default of 财预〔2020〕10号: 预算执行率 10 + 产出 50 + 效益 30 + 满意度 10, execution
   * rate on 全年预算数. Under the 2021 framework 成本指标 shares 产出's 50 (see {@link PointScheme.ByCategory}).
   */
  public static ScoringPolicy national() {
    EnumMap<FirstLevel, BigDecimal> points = new EnumMap<>(FirstLevel.class);
    points.put(FirstLevel.OUTPUT, BigDecimal.valueOf(50));
    points.put(FirstLevel.BENEFIT, BigDecimal.valueOf(30));
    points.put(FirstLevel.SATISFACTION, BigDecimal.valueOf(10));
    return new Builder()
        .name("财预〔2020〕10号")
        .scheme(new PointScheme.ByCategory(points))
        .executionBase(ExecutionBase.ANNUAL_BUDGET)
        .build();
  }

  /** The Sichuan form: 预算执行率 10 + 绩效指标 90 spread by the file, execution rate on 调整后预算数. */
  public static ScoringPolicy sichuan() {
    return new Builder()
        .name("四川省（执行率 10 + 绩效指标 90）")
        .scheme(new PointScheme.Spread(BigDecimal.valueOf(90)))
        .executionBase(ExecutionBase.ADJUSTED_BUDGET)
        .build();
  }

  /** The standard grade bands and default rates. */
  public static Map<Grade, GradeBand> standardBands() {
    EnumMap<Grade, GradeBand> m = new EnumMap<>(Grade.class);
    m.put(Grade.ACHIEVED, GradeBand.of(80, 100, true, 100));
    m.put(Grade.PARTIAL, GradeBand.of(60, 80, false, 70));
    m.put(Grade.MISSED, GradeBand.of(0, 60, false, 30));
    return Collections.unmodifiableMap(m);
  }

  /** The full score: execution points plus indicator points (100 in both presets). */
  public BigDecimal totalPoints() {
    return executionPoints.add(scheme.total());
  }

  /** The band of {@code grade}. */
  public GradeBand band(Grade grade) {
    return bands.get(grade);
  }

  /** A builder holding this policy's settings. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** This policy under another name. */
  public ScoringPolicy withName(String newName) {
    return toBuilder().name(newName).build();
  }

  /** This policy with or without per-row whole-point rounding. */
  public ScoringPolicy withWholePointRounding(boolean on) {
    return toBuilder().wholePointRounding(on).build();
  }

  /** This policy with or without the over-achievement deduction. */
  public ScoringPolicy withOverAchievementDeduction(boolean on) {
    return toBuilder().overAchievementDeduction(on).build();
  }

  /** This policy with another claim tolerance. */
  public ScoringPolicy withClaimTolerance(BigDecimal tolerance) {
    return toBuilder().claimTolerance(tolerance).build();
  }

  /** This policy with another execution-rate denominator. */
  public ScoringPolicy withExecutionBase(ExecutionBase base) {
    return toBuilder().executionBase(base).build();
  }

  /** This policy with every point figure (execution and scheme) multiplied by {@code k}. */
  public ScoringPolicy scaledBy(BigDecimal k) {
    if (k.signum() <= 0) {
      throw new IllegalArgumentException("k must be positive");
    }
    return toBuilder().executionPoints(executionPoints.multiply(k)).scheme(scheme.scaledBy(k)).build();
  }

  /** A mutable builder; every setting starts at the national default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Collects settings for a {@link ScoringPolicy}. */
  public static final class Builder {
    private String name = "custom";
    private BigDecimal executionPoints = BigDecimal.TEN;
    private PointScheme scheme = new PointScheme.Spread(BigDecimal.valueOf(90));
    private ExecutionBase executionBase = ExecutionBase.ANNUAL_BUDGET;
    private Map<Grade, GradeBand> bands = standardBands();
    private BigDecimal overAchievementPercent = BigDecimal.valueOf(20);
    private boolean overAchievementDeduction;
    private BigDecimal claimTolerance = new BigDecimal("0.5");
    private BigDecimal explanationThresholdPercent = BigDecimal.valueOf(90);
    private boolean wholePointRounding;
    private GradeThresholds gradeThresholds = GradeThresholds.standard();
    private Grade lateDeadlineGrade = Grade.PARTIAL;

    private Builder() {}

    private Builder(ScoringPolicy p) {
      name = p.name;
      executionPoints = p.executionPoints;
      scheme = p.scheme;
      executionBase = p.executionBase;
      bands = p.bands;
      overAchievementPercent = p.overAchievementPercent;
      overAchievementDeduction = p.overAchievementDeduction;
      claimTolerance = p.claimTolerance;
      explanationThresholdPercent = p.explanationThresholdPercent;
      wholePointRounding = p.wholePointRounding;
      gradeThresholds = p.gradeThresholds;
      lateDeadlineGrade = p.lateDeadlineGrade;
    }

    /** Sets {@link ScoringPolicy#name()}. */
    public Builder name(String v) {
      name = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#executionPoints()}. */
    public Builder executionPoints(BigDecimal v) {
      executionPoints = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#scheme()}. */
    public Builder scheme(PointScheme v) {
      scheme = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#executionBase()}. */
    public Builder executionBase(ExecutionBase v) {
      executionBase = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#bands()}. */
    public Builder bands(Map<Grade, GradeBand> v) {
      bands = v;
      return this;
    }

    /** Sets the band of one grade. */
    public Builder band(Grade grade, GradeBand band) {
      EnumMap<Grade, GradeBand> m = new EnumMap<>(Grade.class);
      m.putAll(bands);
      m.put(grade, band);
      bands = m;
      return this;
    }

    /** Sets {@link ScoringPolicy#overAchievementPercent()}. */
    public Builder overAchievementPercent(BigDecimal v) {
      overAchievementPercent = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#overAchievementDeduction()}. */
    public Builder overAchievementDeduction(boolean v) {
      overAchievementDeduction = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#claimTolerance()}. */
    public Builder claimTolerance(BigDecimal v) {
      claimTolerance = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#explanationThresholdPercent()}. */
    public Builder explanationThresholdPercent(BigDecimal v) {
      explanationThresholdPercent = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#wholePointRounding()}. */
    public Builder wholePointRounding(boolean v) {
      wholePointRounding = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#gradeThresholds()}. */
    public Builder gradeThresholds(GradeThresholds v) {
      gradeThresholds = v;
      return this;
    }

    /** Sets {@link ScoringPolicy#lateDeadlineGrade()}. */
    public Builder lateDeadlineGrade(Grade v) {
      lateDeadlineGrade = v;
      return this;
    }

    /** The policy. */
    public ScoringPolicy build() {
      return new ScoringPolicy(name, executionPoints, scheme, executionBase, bands, overAchievementPercent,
          overAchievementDeduction, claimTolerance, explanationThresholdPercent, wholePointRounding,
          gradeThresholds, lateDeadlineGrade);
    }
  }
}
