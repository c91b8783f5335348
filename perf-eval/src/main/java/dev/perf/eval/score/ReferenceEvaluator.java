package dev.perf.eval.score;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.policy.ExecutionBase;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.Grade;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The scorer as it was before the scoring kernel: builds the whole official table (rows, subtotals,
 * claims, findings) with 34-digit {@link BigDecimal} arithmetic in one pass. It is the reference the
 * kernel is tested against ({@code ScoringKernelProperties}), the fallback for inputs outside the
 * kernel's fast range, and the builder of a report's presentation parts.
 */
final class ReferenceEvaluator {
  private static final String EXECUTION_ITEM = "预算执行率";
  private static final String TOTAL_ITEM = "总分";

  private ReferenceEvaluator() {}

  /** The whole report of {@code project} from {@code record} under {@code policy}, built eagerly. */
  static EvaluationReport evaluate(Project project, SelfEvaluation record, ScoringPolicy policy) {
    return new Run(project, record, policy).report();
  }

  /** One evaluation in progress. */
  private static final class Run {
    private final Project project;
    private final SelfEvaluation record;
    private final ScoringPolicy policy;
    private final List<Finding> findings = new ArrayList<>();

    Run(Project project, SelfEvaluation record, ScoringPolicy policy) {
      this.project = project;
      this.record = record;
      this.policy = policy;
    }

    EvaluationReport report() {
      IndicatorTable table = project.indicators()
          .orElseGet(() -> new IndicatorTable(Optional.empty(), Optional.empty(), List.of()));
      PointAllocation allocation = PointAllocation.of(table, policy);
      allocation.issues().forEach(i -> findings.add(Finding.of(FindingKind.POINTS_INCONSISTENT, i.message())));
      Map<String, ActualRow> rows = rowsByIndicator(allocation);

      List<AllocatedIndicator> allocated = allocation.indicators();
      List<Achievement> achievements = new ArrayList<>();
      for (AllocatedIndicator a : allocated) {
        String name = a.indicator().name();
        ActualRow row = rows.get(name);
        if (row == null) {
          achievements.add(Achievement.none(ResultStatus.MISSING, List.of(Finding.about(FindingKind.MISSING_ACTUAL, name,
              Message.of("「" + name + "」没有完成值，按 0 分计", "'" + name + "' has no actual and scores 0")))));
        } else {
          achievements.add(Assessor.assess(name, a.indicator().target(), row.actual(), policy));
        }
      }
      achievements.forEach(a -> findings.addAll(a.findings()));

      List<BigDecimal> points = effectivePoints(allocation, achievements);
      Map<Category, List<IndicatorResult>> byCategory = new IdentityHashMap<>();
      List<Category> order = new ArrayList<>();
      for (int i = 0; i < allocated.size(); i++) {
        AllocatedIndicator a = allocated.get(i);
        Achievement ach = achievements.get(i);
        Optional<ActualRow> row = Optional.ofNullable(rows.get(a.indicator().name()));
        BigDecimal score = rounded(Arithmetic.multiply(points.get(i), ach.fraction()), points.get(i));
        if (ach.status() == ResultStatus.SCORED && !ach.met() && ach.grade().filter(g -> g == Grade.ACHIEVED).isEmpty()
            && row.flatMap(ActualRow::reason).isEmpty()) {
          findings.add(Finding.about(FindingKind.DEVIATION_WITHOUT_REASON, a.indicator().name(), Message.of(
              "「" + a.indicator().name() + "」未完成目标，请填写偏差原因",
              "'" + a.indicator().name() + "' missed its target: give a deviation reason")));
        }
        IndicatorResult r = new IndicatorResult(a.category().name(), a.subCategory().name(), a.indicator().name(),
            a.indicator().target(), row.map(ActualRow::actual), ach.status(), ach.met(), ach.ratioPercent(),
            a.points(), points.get(i), score, ach.grade(), ach.deviation(), row.flatMap(ActualRow::reason));
        if (!byCategory.containsKey(a.category())) {
          order.add(a.category());
        }
        byCategory.computeIfAbsent(a.category(), k -> new ArrayList<>()).add(r);
      }
      List<CategoryResult> categories = new ArrayList<>();
      for (Category c : order) {
        List<IndicatorResult> rs = byCategory.get(c);
        categories.add(new CategoryResult(c.name(), dev.perf.eval.framework.CategoryNames.resolveFirstLevel(c),
            sum(rs.stream().map(IndicatorResult::points).toList()),
            sum(rs.stream().map(IndicatorResult::scoreExact).toList()), rs));
      }

      BudgetResult budget = budget();
      BigDecimal total = budget.scoreExact().add(sum(categories.stream().map(CategoryResult::scoreExact).toList()));
      OverallGrade grade = OverallGrade.of(Arithmetic.display(total), policy.gradeThresholds());
      ClaimReview claims = claims(budget, categories, total, allocation);
      return new EvaluationReport(project.code(), project.name(), project.year(), project.effectiveMoneyUnit(),
          policy.name(), budget, categories, policy.totalPoints(), total, grade, claims, findings);
    }

    /** The first row per indicator name; reports unknown and duplicate rows. */
    private Map<String, ActualRow> rowsByIndicator(PointAllocation allocation) {
      Set<String> names = allocation.indicators().stream().map(a -> a.indicator().name())
          .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
      Map<String, ActualRow> rows = new LinkedHashMap<>();
      for (ActualRow row : record.rows()) {
        String name = row.indicator();
        if (!names.contains(name)) {
          String hint = DidYouMean.closest(name, names).map(s -> "（是否应为「" + s + "」？）").orElse("");
          String hintEn = DidYouMean.closest(name, names).map(s -> " (did you mean '" + s + "'?)").orElse("");
          findings.add(Finding.about(FindingKind.UNKNOWN_INDICATOR, name, Message.of(
              "指标表中没有「" + name + "」" + hint, "the table has no indicator '" + name + "'" + hintEn)));
        } else if (rows.containsKey(name)) {
          findings.add(Finding.about(FindingKind.DUPLICATE_ROW, name, Message.of(
              "「" + name + "」填报了两次，按第一次计", "'" + name + "' is reported twice; the first row counts")));
        } else {
          rows.put(name, row);
        }
      }
      return rows;
    }

    /** The points each indicator is scored out of, after dropping 不适用 and rescaling to the pool. */
    private List<BigDecimal> effectivePoints(PointAllocation allocation, List<Achievement> achievements) {
      List<AllocatedIndicator> allocated = allocation.indicators();
      BigDecimal pool = policy.scheme().total();
      BigDecimal inPlay = BigDecimal.ZERO;
      int dropped = 0;
      for (int i = 0; i < allocated.size(); i++) {
        if (achievements.get(i).status() == ResultStatus.NOT_APPLICABLE) {
          dropped++;
        } else {
          inPlay = inPlay.add(allocated.get(i).points());
        }
      }
      BigDecimal allocatedTotal = allocation.total();
      if (!allocated.isEmpty() && !Arithmetic.sameUpToRounding(allocatedTotal, pool)) {
        findings.add(Finding.of(FindingKind.POINTS_RESCALED, Message.of(
            "指标分值合计 " + Arithmetic.text(allocatedTotal) + "，评分规则为 " + Arithmetic.text(pool) + "，已按比例折算",
            "the indicators' points add up to " + Arithmetic.text(allocatedTotal) + " instead of "
                + Arithmetic.text(pool) + " and were rescaled")));
      }
      boolean rescale = inPlay.signum() > 0 && !Arithmetic.sameUpToRounding(inPlay, pool);
      if (dropped > 0) {
        findings.add(Finding.of(FindingKind.NOT_APPLICABLE_RESCALED, Message.of(
            dropped + " 项指标不适用，其余指标分值由 " + Arithmetic.text(inPlay) + " 按比例折算为 " + Arithmetic.text(pool),
            dropped + " indicator(s) not applicable; the others' points were rescaled from " + Arithmetic.text(inPlay)
                + " to " + Arithmetic.text(pool))));
      }
      List<BigDecimal> out = new ArrayList<>();
      for (int i = 0; i < allocated.size(); i++) {
        BigDecimal p = allocated.get(i).points();
        if (achievements.get(i).status() == ResultStatus.NOT_APPLICABLE || inPlay.signum() == 0) {
          out.add(BigDecimal.ZERO);
        } else {
          out.add(rescale ? Arithmetic.divide(p.multiply(pool), inPlay) : p);
        }
      }
      return out;
    }

    /** The budget block and the execution-rate score. */
    private BudgetResult budget() {
      BigDecimal points = policy.executionPoints();
      ExecutionBase preferred = policy.executionBase();
      ExecutionBase other = preferred == ExecutionBase.ANNUAL_BUDGET ? ExecutionBase.ADJUSTED_BUDGET : ExecutionBase.ANNUAL_BUDGET;
      Optional<ExecutionBase> base = Optional.empty();
      Optional<BigDecimal> baseAmount = Optional.empty();
      if (figure(preferred).isPresent()) {
        base = Optional.of(preferred);
        baseAmount = figure(preferred);
      } else if (figure(other).isPresent()) {
        base = Optional.of(other);
        baseAmount = figure(other);
        fallback(other.chinese(), other.english());
      } else {
        baseAmount = record.initialBudget().or(() -> project.budget().map(Budget::total));
        if (baseAmount.isPresent()) {
          fallback("预算数", "the budget");
        }
      }
      Optional<BigDecimal> initial = record.initialBudget().or(() -> project.budget().map(Budget::total));
      Optional<BigDecimal> rate = Optional.empty();
      BigDecimal score = BigDecimal.ZERO;
      if (record.spent().isEmpty() || baseAmount.isEmpty() || baseAmount.get().signum() == 0) {
        findings.add(Finding.of(FindingKind.EXECUTION_RATE_UNAVAILABLE, Message.of(
            record.spent().isEmpty() ? "缺少全年执行数，预算执行率按 0 分计" : "缺少可用的预算数，预算执行率按 0 分计",
            record.spent().isEmpty() ? "no 全年执行数: the execution rate scores 0" : "no usable budget: the execution rate scores 0")));
      } else {
        rate = Optional.of(Arithmetic.percent(record.spent().get(), baseAmount.get()));
        BigDecimal fraction = Arithmetic.unit(Arithmetic.divide(rate.get(), Arithmetic.HUNDRED));
        score = rounded(Arithmetic.multiply(points, fraction), points);
        if (rate.get().compareTo(policy.explanationThresholdPercent()) < 0 && record.executionReason().isEmpty()) {
          findings.add(Finding.of(FindingKind.LOW_EXECUTION_WITHOUT_REASON, Message.of(
              "预算执行率 " + Arithmetic.text(rate.get()) + "% 低于 " + Arithmetic.text(policy.explanationThresholdPercent())
                  + "%，请说明原因",
              "execution rate " + Arithmetic.text(rate.get()) + "% is below " + Arithmetic.text(policy.explanationThresholdPercent())
                  + "%: give a reason")));
        }
      }
      return new BudgetResult(initial, record.annualBudget(), record.adjustedBudget(), record.spent(), base, baseAmount,
          points, rate, score, record.executionReason());
    }

    private Optional<BigDecimal> figure(ExecutionBase base) {
      return base == ExecutionBase.ANNUAL_BUDGET ? record.annualBudget() : record.adjustedBudget();
    }

    private void fallback(String zh, String en) {
      findings.add(Finding.of(FindingKind.EXECUTION_BASE_FALLBACK, Message.of(
          "缺少" + policy.executionBase().chinese() + "，执行率按" + zh + "计算",
          "no " + policy.executionBase().english() + ": the execution rate is computed on " + en)));
    }

    /** {@code score} under the policy's rounding: whole points (never above {@code points}) or exact. */
    private BigDecimal rounded(BigDecimal score, BigDecimal points) {
      if (!policy.wholePointRounding()) {
        return score;
      }
      return Arithmetic.min(score.setScale(0, RoundingMode.HALF_UP), points);
    }

    private ClaimReview claims(BudgetResult budget, List<CategoryResult> categories, BigDecimal total,
        PointAllocation allocation) {
      List<ClaimLine> lines = new ArrayList<>();
      if (record.executionPoints().isPresent() || record.executionClaimedScore().isPresent()) {
        lines.add(line(ClaimLine.Kind.EXECUTION, EXECUTION_ITEM, record.executionPoints(), List.of(budget.points()),
            record.executionClaimedScore(), budget.scoreExact()));
      }
      for (CategoryResult c : categories) {
        for (IndicatorResult r : c.indicators()) {
          ActualRow row = record.row(r.name()).orElse(null);
          if (row != null && (row.points().isPresent() || row.claimedScore().isPresent())) {
            lines.add(line(ClaimLine.Kind.INDICATOR, r.name(), row.points(), List.of(r.allocatedPoints(), r.points()),
                row.claimedScore(), r.scoreExact()));
          }
        }
      }
      Optional<ClaimLine> totalLine = record.claimedTotal().map(claimed -> line(ClaimLine.Kind.TOTAL, TOTAL_ITEM,
          Optional.empty(), List.of(policy.totalPoints()), Optional.of(claimed), total));
      return new ClaimReview(lines, totalLine);
    }

    private ClaimLine line(ClaimLine.Kind kind, String item, Optional<BigDecimal> claimedPoints, List<BigDecimal> points,
        Optional<BigDecimal> claimedScore, BigDecimal computed) {
      boolean contradict = claimedPoints.isPresent() && points.stream()
          .noneMatch(p -> Arithmetic.same(Arithmetic.display(p), Arithmetic.display(claimedPoints.get())));
      if (contradict) {
        findings.add(Finding.about(FindingKind.CLAIMED_POINTS_CONTRADICT, item, Message.of(
            "「" + item + "」自评分值 " + Arithmetic.text(claimedPoints.get()) + " 与指标表/评分规则的分值 "
                + Arithmetic.text(points.get(0)) + " 不符",
            "'" + item + "' claims " + Arithmetic.text(claimedPoints.get()) + " points; the table and policy give "
                + Arithmetic.text(points.get(0)))));
      }
      boolean flagged = claimedScore.isPresent()
          && claimedScore.get().subtract(computed).abs().compareTo(policy.claimTolerance()) > 0;
      if (flagged) {
        findings.add(Finding.about(FindingKind.CLAIM_DIFFERS, item, Message.of(
            "「" + item + "」自评得分 " + Arithmetic.text(claimedScore.get()) + "，复核得分 " + Arithmetic.text(computed)
                + "，相差超过 " + Arithmetic.text(policy.claimTolerance()) + " 分",
            "'" + item + "' claims " + Arithmetic.text(claimedScore.get()) + ", the rules give " + Arithmetic.text(computed)
                + ": more than " + Arithmetic.text(policy.claimTolerance()) + " apart")));
      }
      return new ClaimLine(kind, item, claimedPoints, points.get(points.size() - 1), claimedScore, computed, contradict, flagged);
    }

    private static BigDecimal sum(List<BigDecimal> values) {
      return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
  }
}
