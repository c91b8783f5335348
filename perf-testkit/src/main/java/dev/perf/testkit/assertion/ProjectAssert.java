package dev.perf.testkit.assertion;

import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Document;
import dev.perf.model.Framework;
import dev.perf.model.Indicator;
import dev.perf.model.MoneyUnit;
import dev.perf.model.Project;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.source.SourceMap;
import dev.perf.testkit.check.TableChecker;
import dev.perf.testkit.text.Describe;
import dev.perf.testkit.text.PerfRows;
import dev.perf.testkit.value.Amount;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * Assertions about a project target table (项目支出绩效目标表). Names are matched exactly as
 * written; category names also match without their trailing 指标 ({@code 满意度} = {@code 满意度指标}).
 * A failure shows the rows involved in canonical {@code .perf} form.
 */
public final class ProjectAssert extends AbstractPerfAssert<ProjectAssert, Project> {
  private final TableChecker checker;

  /** Assertions about {@code actual}. */
  public ProjectAssert(Project actual) {
    this(actual, TableChecker.standard());
  }

  ProjectAssert(Project actual, TableChecker checker) {
    super(actual, ProjectAssert.class);
    this.checker = checker;
  }

  /** Fails unless the project's code (项目编码) is {@code code}. */
  public ProjectAssert hasCode(String code) {
    isNotNull();
    if (!actual.code().equals(code)) {
      failWith("Expecting " + Describe.project(actual) + " to have the code " + Describe.quoted(code));
    }
    return self();
  }

  /** Fails unless the project's name (项目名称) is {@code name}. */
  public ProjectAssert hasName(String name) {
    isNotNull();
    if (!actual.name().equals(name)) {
      failWith("Expecting " + Describe.project(actual) + " to have the name " + Describe.quoted(name));
    }
    return self();
  }

  /** Fails unless the project's 年度 is {@code year}. */
  public ProjectAssert hasYear(int year) {
    isNotNull();
    if (actual.year().filter(y -> y.getValue() == year).isEmpty()) {
      failWith("Expecting " + Describe.project(actual) + " to have 年度 " + year + " but it has "
          + actual.year().map(y -> "年度 " + y.getValue()).orElse("no 年度"));
    }
    return self();
  }

  /**
   * Assertions about the indicator named {@code name}; fails if the table has none, showing the
   * table and the closest name.
   */
  public IndicatorAssert hasIndicator(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name");
    Optional<IndicatorAssert> found = locate(name);
    if (found.isEmpty()) {
      String hint = DidYouMean.closest(name, names()).map(s -> " (did you mean " + Describe.quoted(s) + "?)").orElse("");
      failWith("Expecting " + Describe.project(actual) + " to have an indicator named " + Describe.quoted(name)
          + " but it has none" + hint + ". Its indicator table:\n" + PerfRows.table(actual, 2));
    }
    return found.orElseThrow();
  }

  /** Fails if the table has an indicator named {@code name}. */
  public ProjectAssert hasNoIndicator(String name) {
    isNotNull();
    Optional<IndicatorAssert> found = locate(name);
    if (found.isPresent()) {
      failWith("Expecting " + Describe.project(actual) + " to have no indicator named " + Describe.quoted(name)
          + " but it has\n  " + PerfRows.row(found.get().actual()) + "\n  (in " + found.get().place() + ")");
    }
    return self();
  }

  /** Fails unless the table has exactly {@code count} indicators (三级指标). */
  public ProjectAssert hasIndicatorCount(int count) {
    isNotNull();
    long n = indicators().size();
    if (n != count) {
      failWith("Expecting " + Describe.project(actual) + " to have " + count + " indicator(s) but it has " + n
          + ":\n" + PerfRows.table(actual, 2));
    }
    return self();
  }

  /** Fails unless the table has the first-level category {@code name} (一级指标). */
  public ProjectAssert hasCategory(String name) {
    isNotNull();
    if (category(name).isEmpty()) {
      failWith("Expecting " + Describe.project(actual) + " to have the category " + Describe.quoted(name)
          + " but its categories are " + categoryNames() + ". Its indicator table:\n" + PerfRows.table(actual, 2));
    }
    return self();
  }

  /** Fails unless the first-level category {@code category} has the second-level {@code subCategory}. */
  public ProjectAssert hasSubCategory(String category, String subCategory) {
    hasCategory(category);
    boolean found = category(category).orElseThrow().subCategories().stream()
        .anyMatch(s -> Framework.withSuffix(s.name()).equals(Framework.withSuffix(subCategory)));
    if (!found) {
      failWith("Expecting the category " + Describe.quoted(category) + " of " + Describe.project(actual)
          + " to have the sub-category " + Describe.quoted(subCategory) + " but it has "
          + category(category).orElseThrow().subCategories().stream().map(SubCategory::name).toList()
          + ". Its indicator table:\n" + PerfRows.table(actual, 2));
    }
    return self();
  }

  /**
   * Fails unless the budget (预算数) equals {@code amount} by value: {@code "20.00 万元"},
   * {@code "200000 元"}, or a bare number in the table's 金额单位.
   */
  public ProjectAssert budgetEquals(String amount) {
    return budgetEquals(Amount.parse(amount));
  }

  /** Fails unless the budget equals {@code amount} in {@code unit} by value. */
  public ProjectAssert budgetEquals(BigDecimal amount, MoneyUnit unit) {
    return budgetEquals(new Amount(amount, Optional.of(unit)));
  }

  /** Fails unless the budget lists the source {@code name} (财政资金, …) with {@code amount} by value. */
  public ProjectAssert hasFundingSource(String name, String amount) {
    isNotNull();
    Amount expected = Amount.parse(amount);
    MoneyUnit unit = actual.effectiveMoneyUnit();
    Optional<BigDecimal> source = actual.budget().flatMap(b -> b.source(name));
    if (source.isEmpty() || !expected.equalsAmount(source.get(), unit)) {
      failWith("Expecting " + Describe.project(actual) + " to have the funding source " + name + " of "
          + expected.describe(unit) + " but its budget is:\n" + PerfRows.budget(actual, 2));
    }
    return self();
  }

  /** Validates the project and fails if any diagnostic is at or above {@code severity}. */
  public ProjectAssert hasNoDiagnosticsAtOrAbove(Severity severity) {
    isNotNull();
    Objects.requireNonNull(severity, "severity");
    List<Diagnostic> found = checker.validate(Document.of(actual), SourceMap.empty()).stream()
        .filter(d -> d.severity().atLeast(severity) && !checker.disabledRules().contains(d.ruleId())).toList();
    if (!found.isEmpty()) {
      DiagnosticRenderer renderer = new DiagnosticRenderer(Language.ZH);
      failWith("Expecting " + Describe.project(actual) + " to have no diagnostics at or above "
          + severity.label(Language.EN) + " but validation reports " + found.size() + ":\n"
          + found.stream().map(d -> renderer.render(d, s -> null)).collect(Collectors.joining("\n"))
          + "Its budget and indicator table:\n" + PerfRows.budget(actual, 2) + "\n" + PerfRows.table(actual, 2));
    }
    return self();
  }

  /** Runs {@code requirement} on every indicator and fails with all failures at once. */
  public ProjectAssert eachIndicator(Consumer<IndicatorAssert> requirement) {
    isNotNull();
    List<IndicatorAssert> all = indicators();
    List<String> failures = EachOf.failures(all, i -> PerfRows.row(i.actual()), requirement);
    if (!failures.isEmpty()) {
      failWith(failures.size() + " of " + all.size() + " indicator(s) of " + Describe.project(actual)
          + " fail the requirement:\n" + String.join("\n", failures));
    }
    return self();
  }

  private ProjectAssert budgetEquals(Amount expected) {
    isNotNull();
    MoneyUnit unit = actual.effectiveMoneyUnit();
    Optional<Budget> budget = actual.budget();
    if (budget.isEmpty() || !expected.equalsAmount(budget.get().total(), unit)) {
      failWith("Expecting the budget of " + Describe.project(actual) + " to equal " + expected.describe(unit)
          + " but it is:\n" + PerfRows.budget(actual, 2));
    }
    return self();
  }

  private Optional<IndicatorAssert> locate(String name) {
    return indicators().stream().filter(i -> i.actual().name().equals(name)).findFirst();
  }

  private List<IndicatorAssert> indicators() {
    List<IndicatorAssert> out = new ArrayList<>();
    actual.indicators().ifPresent(t -> {
      for (Category c : t.categories()) {
        for (SubCategory s : c.subCategories()) {
          for (Indicator i : s.indicators()) {
            out.add(new IndicatorAssert(i, Optional.of(new IndicatorAssert.Place(actual, t, c.name(), s.name()))));
          }
        }
      }
    });
    return out;
  }

  private List<String> names() {
    return indicators().stream().map(i -> i.actual().name()).toList();
  }

  private Optional<Category> category(String name) {
    String wanted = Framework.withSuffix(name);
    return actual.indicators().stream().flatMap(t -> t.categories().stream())
        .filter(c -> Framework.withSuffix(c.name()).equals(wanted)).findFirst();
  }

  private List<String> categoryNames() {
    return actual.indicators().stream().flatMap(t -> t.categories().stream()).map(Category::name).toList();
  }
}
