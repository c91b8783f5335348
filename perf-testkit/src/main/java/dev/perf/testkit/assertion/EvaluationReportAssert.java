package dev.perf.testkit.assertion;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.score.ClaimLine;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.IndicatorResult;
import dev.perf.eval.score.OverallGrade;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.text.Describe;
import dev.perf.testkit.text.ReportRows;
import dev.perf.testkit.value.Decimals;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Assertions about a computed self-evaluation (项目支出绩效自评表). Totals and scores compare as
 * shown in the report (two decimals). A failure prints the report's rows: each indicator's target
 * and actual in {@code .perf} form with its score.
 */
public final class EvaluationReportAssert extends AbstractPerfAssert<EvaluationReportAssert, EvaluationReport> {

  /** Assertions about {@code actual}. */
  public EvaluationReportAssert(EvaluationReport actual) {
    super(actual, EvaluationReportAssert.class);
  }

  /** Fails unless the total (总分, as shown) is at least {@code minimum} ({@code "90"}, {@code "85.5"}). */
  public EvaluationReportAssert hasTotalAtLeast(String minimum) {
    return hasTotalAtLeast(Decimals.parse(minimum));
  }

  /** Fails unless the total is at least {@code minimum}. */
  public EvaluationReportAssert hasTotalAtLeast(long minimum) {
    return hasTotalAtLeast(BigDecimal.valueOf(minimum));
  }

  /** Fails unless the total is at least {@code minimum}. */
  public EvaluationReportAssert hasTotalAtLeast(BigDecimal minimum) {
    isNotNull();
    if (actual.total().compareTo(minimum) < 0) {
      failWith("Expecting the total of " + who() + " to be at least " + Decimals.plain(minimum) + " but it is "
          + actual.total().toPlainString() + ":\n" + ReportRows.evaluation(actual));
    }
    return self();
  }

  /** Fails unless the total (as shown) equals {@code total} by value ({@code "94.5"} = 94.50). */
  public EvaluationReportAssert hasTotal(String total) {
    isNotNull();
    BigDecimal expected = Decimals.parse(total);
    if (actual.total().compareTo(expected) != 0) {
      failWith("Expecting the total of " + who() + " to be " + Decimals.plain(expected) + " but it is "
          + actual.total().toPlainString() + ":\n" + ReportRows.evaluation(actual));
    }
    return self();
  }

  /** Fails unless the grade is {@code grade} ({@link OverallGrade#EXCELLENT} is 优). */
  public EvaluationReportAssert hasGrade(OverallGrade grade) {
    isNotNull();
    Objects.requireNonNull(grade, "grade");
    if (actual.grade() != grade) {
      failWith("Expecting the grade of " + who() + " to be " + grade.chinese() + " (" + grade.english()
          + ") but it is " + actual.grade().chinese() + " (" + actual.grade().english() + ") with a total of "
          + actual.total().toPlainString() + ":\n" + ReportRows.evaluation(actual));
    }
    return self();
  }

  /** Fails unless the grade is the one named {@code grade}: 优, 良, 中, 差 or their English names. */
  public EvaluationReportAssert hasGrade(String grade) {
    Objects.requireNonNull(grade, "grade");
    for (OverallGrade g : OverallGrade.values()) {
      if (g.chinese().equals(grade.strip()) || g.english().equalsIgnoreCase(grade.strip())) {
        return hasGrade(g);
      }
    }
    throw new IllegalArgumentException("not a grade: \"" + grade + "\" (优, 良, 中 or 差)");
  }

  /** Fails unless the execution rate (预算执行率, as shown) is at least {@code minimumPercent}. */
  public EvaluationReportAssert hasExecutionRateAtLeast(String minimumPercent) {
    isNotNull();
    BigDecimal minimum = Decimals.parse(minimumPercent);
    Optional<BigDecimal> rate = actual.budget().rate();
    if (rate.isEmpty() || rate.get().compareTo(minimum) < 0) {
      failWith("Expecting the execution rate of " + who() + " to be at least " + Decimals.plain(minimum)
          + "% but the row is\n    " + ReportRows.execution(actual.budget(), actual.moneyUnit().symbol()));
    }
    return self();
  }

  /** Assertions about the row of the indicator {@code name}; fails if the report has none. */
  public IndicatorResultAssert indicator(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name");
    Optional<IndicatorResult> row = actual.indicator(name);
    if (row.isEmpty()) {
      List<String> names = actual.indicators().stream().map(IndicatorResult::name).toList();
      String hint = DidYouMean.closest(name, names).map(s -> " (did you mean " + Describe.quoted(s) + "?)").orElse("");
      failWith("Expecting the report of " + who() + " to have a row for the indicator " + Describe.quoted(name)
          + " but it has none" + hint + ":\n" + ReportRows.evaluation(actual));
    }
    return new IndicatorResultAssert(row.orElseThrow(), who());
  }

  /** Fails if any finding is at or above {@code severity}. */
  public EvaluationReportAssert hasNoFindingsAtOrAbove(Severity severity) {
    isNotNull();
    List<Finding> found = actual.findings().stream().filter(f -> f.severity().atLeast(severity)).toList();
    if (!found.isEmpty()) {
      failWith("Expecting the report of " + who() + " to have no findings at or above " + severity.label(Language.EN)
          + " but it has " + found.size() + ":\n" + ReportRows.findings(found) + "\n" + ReportRows.evaluation(actual));
    }
    return self();
  }

  /** Fails unless the report has a finding of {@code kind}. */
  public EvaluationReportAssert hasFinding(FindingKind kind) {
    isNotNull();
    if (actual.findings(kind).isEmpty()) {
      failWith("Expecting the report of " + who() + " to have a finding " + kind + " but its findings are:\n"
          + ReportRows.findings(actual.findings()));
    }
    return self();
  }

  /** Fails if the report has a finding of {@code kind}. */
  public EvaluationReportAssert hasNoFinding(FindingKind kind) {
    isNotNull();
    if (!actual.findings(kind).isEmpty()) {
      failWith("Expecting the report of " + who() + " to have no finding " + kind + " but it has:\n"
          + ReportRows.findings(actual.findings(kind)));
    }
    return self();
  }

  /** Fails if a score or 分值 the unit claimed (得分) is flagged by the review of claims. */
  public EvaluationReportAssert hasNoFlaggedClaims() {
    isNotNull();
    List<ClaimLine> flagged = actual.claims().flagged();
    if (!flagged.isEmpty()) {
      failWith("Expecting the claimed scores of " + who() + " to hold but " + flagged.size()
          + " differ from the review:\n" + ReportRows.claims(flagged) + "\n" + ReportRows.evaluation(actual));
    }
    return self();
  }

  private String who() {
    return Describe.project(actual.projectCode(), actual.projectName());
  }
}
