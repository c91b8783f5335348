package dev.perf.testkit.assertion;

import dev.perf.dsl.print.PerfPrinter;
import dev.perf.model.Framework;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import dev.perf.testkit.text.Describe;
import dev.perf.testkit.text.PerfRows;
import dev.perf.testkit.value.Decimals;
import dev.perf.testkit.value.ExpectedTarget;
import dev.perf.testkit.value.TargetMeaning;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Assertions about one indicator row (三级指标): its target value (指标值), points (分值), description
 * and basis. Targets compare by meaning, with the spellings a {@code .perf} file accepts:
 * {@code withTarget("≥ 98 %")} passes for a row written {@code ≥98%}. Reached through
 * {@link ProjectAssert#hasIndicator(String)}, it also knows the row's categories and project.
 */
public final class IndicatorAssert extends AbstractPerfAssert<IndicatorAssert, Indicator> {
  private final Optional<Place> place;

  /** Where a row sits: its project, table and categories. */
  record Place(Project project, IndicatorTable table, String category, String subCategory) {}

  /** Assertions about {@code actual} on its own. */
  public IndicatorAssert(Indicator actual) {
    this(actual, Optional.empty());
  }

  IndicatorAssert(Indicator actual, Optional<Place> place) {
    super(actual, IndicatorAssert.class);
    this.place = place;
  }

  /**
   * Fails unless the target means the same as {@code expected} ({@code "≥98%"}, {@code "40%～45%"},
   * {@code "及时完成"}, …); quantities compare after unit conversion.
   *
   * @throws IllegalArgumentException if {@code expected} is not a target value
   */
  public IndicatorAssert hasTarget(String expected) {
    isNotNull();
    Target wanted = ExpectedTarget.parse(expected);
    if (!TargetMeaning.same(actual.target(), wanted)) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where() + " to have the target\n  "
          + PerfPrinter.target(wanted) + "\nbut the row is\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** The same as {@link #hasTarget(String)}; reads well after {@code hasIndicator(…)}. */
  public IndicatorAssert withTarget(String expected) {
    return hasTarget(expected);
  }

  /** Fails unless the target is measured by a number: a comparison, an exact value or a range. */
  public IndicatorAssert isQuantitative() {
    isNotNull();
    if (!actual.target().isQuantitative()) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where()
          + " to be quantitative (定量) but its target is in words or a date:\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** Fails unless the target is not measured by a number: words (定性) or a deadline. */
  public IndicatorAssert isQualitative() {
    isNotNull();
    if (actual.target().isQuantitative()) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where()
          + " to be qualitative (定性) but its target is a number:\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** Fails unless the target's unit is {@code unit} ({@code "%"}, {@code "场"}, {@code "万元"}). */
  public IndicatorAssert hasTargetUnit(String unit) {
    isNotNull();
    Unit wanted = Unit.of(unit);
    Optional<Unit> found = unitOf(actual.target());
    if (found.filter(wanted::equals).isEmpty()) {
      failWith("Expecting the target of " + Describe.quoted(actual.name()) + where() + " to be in "
          + Describe.quoted(wanted.symbol()) + " but the row is\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** Fails unless the row states 分值 equal to {@code points} by value ({@code "12.5"}). */
  public IndicatorAssert hasPoints(String points) {
    return hasPoints(Decimals.parse(points));
  }

  /** Fails unless the row states 分值 equal to {@code points}. */
  public IndicatorAssert hasPoints(long points) {
    return hasPoints(BigDecimal.valueOf(points));
  }

  /** Fails if the row states 分值 (the scoring policy then decides its points). */
  public IndicatorAssert hasNoPoints() {
    isNotNull();
    if (actual.points().isPresent()) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where()
          + " to state no 分值 but the row is\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** Fails unless the row's 描述 is {@code description}. */
  public IndicatorAssert hasDescription(String description) {
    isNotNull();
    if (!actual.description().equals(Optional.of(description))) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where() + " to have the 描述 "
          + Describe.quoted(description) + " but the row is\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /**
   * Fails unless the row's 依据 is {@code basis}: its own, else (when reached through a project)
   * the table's default.
   */
  public IndicatorAssert hasBasis(String basis) {
    isNotNull();
    Optional<String> effective = place.map(p -> p.table().basisOf(actual)).orElse(actual.basis());
    if (!effective.equals(Optional.of(basis))) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where() + " to have the 依据 "
          + Describe.quoted(basis) + " but it has " + effective.map(Describe::quoted).orElse("none")
          + ":\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** Fails unless the row sits under the first-level category {@code category} (with or without 指标). */
  public IndicatorAssert isInCategory(String category) {
    isNotNull();
    Place p = requirePlace("isInCategory");
    if (!Framework.withSuffix(p.category()).equals(Framework.withSuffix(category))) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + " to be under " + category
          + " but it is under " + p.category() + " / " + p.subCategory() + ":\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** Fails unless the row sits under the second-level category {@code subCategory}. */
  public IndicatorAssert isInSubCategory(String subCategory) {
    isNotNull();
    Place p = requirePlace("isInSubCategory");
    if (!Framework.withSuffix(p.subCategory()).equals(Framework.withSuffix(subCategory))) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + " to be under " + subCategory
          + " but it is under " + p.category() + " / " + p.subCategory() + ":\n  " + PerfRows.row(actual));
    }
    return self();
  }

  /** {@code 产出指标 / 质量指标 of 项目 "…" "…"}, or "a row on its own". */
  String place() {
    return place.map(p -> p.category() + " / " + p.subCategory() + " of " + Describe.project(p.project()))
        .orElse("a row on its own");
  }

  private IndicatorAssert hasPoints(BigDecimal points) {
    isNotNull();
    if (actual.points().filter(p -> p.compareTo(points) == 0).isEmpty()) {
      failWith("Expecting the indicator " + Describe.quoted(actual.name()) + where() + " to have 分值 "
          + Decimals.plain(points) + " but the row is\n  " + PerfRows.row(actual));
    }
    return self();
  }

  private Place requirePlace(String method) {
    if (place.isEmpty()) {
      throw new IllegalStateException(method + " needs an indicator reached through assertThat(project).hasIndicator(…)");
    }
    return place.get();
  }

  private String where() {
    return place.map(p -> " (" + place() + ")").orElse("");
  }

  private static Optional<Unit> unitOf(Target target) {
    if (target instanceof Comparison c) {
      return Optional.of(c.bound().unit());
    }
    if (target instanceof Exact e) {
      return Optional.of(e.value().unit());
    }
    if (target instanceof Range r) {
      return Optional.of(r.unit());
    }
    return Optional.empty();
  }
}
