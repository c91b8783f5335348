package dev.perf.cli.report;

import dev.perf.cli.Texts;
import dev.perf.eval.finding.Finding;
import dev.perf.eval.score.BudgetResult;
import dev.perf.eval.score.CategoryResult;
import dev.perf.eval.score.ClaimLine;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.IndicatorResult;
import dev.perf.eval.score.ResultStatus;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lays an {@link EvaluationReport} out as the official 项目支出绩效自评表: the funds block with the
 * execution rate, the indicator rows under 一级/二级/三级指标 with target, actual, points, score and
 * the reason for any deviation, subtotals, the total and grade; then the review of claimed scores.
 */
public final class EvalSheets {
  private final Texts texts;
  private final Formats formats;

  public EvalSheets(Texts texts) {
    this.texts = texts;
    this.formats = new Formats(texts);
  }

  /** The sheet for one report. */
  public Sheet sheet(EvaluationReport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Fields(List.of(
        new Fields.Field(texts.t("项目名称", "Project"), r.projectName()),
        new Fields.Field(texts.t("项目编码", "Code"), r.projectCode()),
        new Fields.Field(texts.t("评分规则", "Scoring policy"), r.policyName()),
        new Fields.Field(texts.t("金额单位", "Amounts in"), r.moneyUnit().symbol()))));
    blocks.add(funds(r));
    blocks.add(indicators(r));
    if (r.claims().hasClaims()) {
      blocks.add(new Heading(2, texts.t("自评复核", "Review of claimed scores")));
      blocks.add(claims(r));
    }
    blocks.add(notes(texts.t("评价说明", "Findings"), r.findings()));
    String year = r.year().map(y -> texts.t("（" + y + " 年度）", "(" + y + ")")).orElse("");
    return new Sheet(texts.t("项目支出绩效自评表", "Project expenditure performance self-evaluation"), year, blocks);
  }

  /** The findings of a report as notes. */
  public Notes notes(String title, List<Finding> findings) {
    List<Notes.Note> items = new ArrayList<>();
    for (Finding f : findings) {
      String label = texts.zh() ? f.severity().label(texts.language()) : f.severity().label(texts.language());
      items.add(new Notes.Note(f.severity(), label, f.message().in(texts.language())));
    }
    return new Notes(title, items);
  }

  private Table funds(EvaluationReport r) {
    BudgetResult b = r.budget();
    List<String> header = new ArrayList<>(List.of(texts.t("项目资金", "Funds"), texts.t("年初预算数", "Initial budget"),
        texts.t("全年预算数", "Annual budget")));
    List<String> row = new ArrayList<>(List.of(texts.t("年度资金总额", "Total"), Formats.money(b.initialBudget()),
        Formats.money(b.annualBudget())));
    if (b.adjustedBudget().isPresent()) {
      header.add(texts.t("调整后预算数", "Adjusted budget"));
      row.add(Formats.money(b.adjustedBudget()));
    }
    header.addAll(List.of(texts.t("全年执行数", "Spent"), texts.t("分值", "Points"), texts.t("执行率", "Rate"),
        texts.t("得分", "Score")));
    row.addAll(List.of(Formats.money(b.spent()), Formats.plain(b.points()), b.rate().map(Formats::percent).orElse("—"),
        Formats.fixed(b.score())));
    Set<Integer> numeric = new java.util.HashSet<>();
    for (int i = 1; i < header.size(); i++) {
      numeric.add(i);
    }
    List<Table.Row> rows = new ArrayList<>();
    rows.add(Table.Row.of(row));
    if (b.reason().isPresent()) {
      List<String> reason = new ArrayList<>();
      reason.add(texts.t("偏差原因", "Reason"));
      reason.add(formats.reason(b.reason().get()));
      while (reason.size() < header.size()) {
        reason.add("");
      }
      rows.add(Table.Row.of(reason));
    }
    return new Table(texts.t("项目资金（" + r.moneyUnit().symbol() + "）", "Funds (" + r.moneyUnit().symbol() + ")"),
        header, rows, 0, numeric);
  }

  private Table indicators(EvaluationReport r) {
    List<String> header = List.of(texts.t("一级指标", "Level 1"), texts.t("二级指标", "Level 2"),
        texts.t("三级指标", "Indicator"), texts.t("年度指标值", "Target"), texts.t("实际完成值", "Actual"),
        texts.t("达成", "Met"), texts.t("完成比率", "Ratio"), texts.t("分值", "Points"), texts.t("得分", "Score"),
        texts.t("偏差原因分析及改进措施", "Reason for deviation"));
    List<Table.Row> rows = new ArrayList<>();
    for (CategoryResult c : r.categories()) {
      for (IndicatorResult i : c.indicators()) {
        rows.add(new Table.Row(List.of(c.name(), i.subCategory(), i.name(), Formats.target(i.target()),
            i.actual().map(formats::actual).orElse(texts.t("（未填报）", "(none)")), met(i),
            i.ratio().map(Formats::percent).orElse(""), Formats.fixed(i.points()), Formats.fixed(i.score()),
            i.reason().map(formats::reason).orElse("")), Table.Kind.BODY, tone(i)));
      }
      rows.add(new Table.Row(List.of(c.name() + texts.t("小计", " subtotal"), "", "", "", "", "", "",
          Formats.fixed(c.points()), Formats.fixed(c.score()), ""), Table.Kind.SUBTOTAL, Table.Tone.NONE));
    }
    BudgetResult b = r.budget();
    rows.add(new Table.Row(List.of(texts.t("预算执行率", "Execution rate"), "", "", "100%",
        b.rate().map(Formats::percent).orElse("—"), "", "", Formats.fixed(b.points()), Formats.fixed(b.score()),
        b.reason().map(formats::reason).orElse("")), Table.Kind.TOTAL, Table.Tone.NONE));
    rows.add(new Table.Row(List.of(texts.t("总分", "Total"), "", "", "", "", "", "", Formats.fixed(r.totalPoints()),
        Formats.fixed(r.total()), texts.t("自评等级：", "Grade: ") + grade(r)), Table.Kind.TOTAL, Table.Tone.NONE));
    return new Table(texts.t("绩效指标", "Performance indicators"), header, rows, 2, Set.of(6, 7, 8));
  }

  /** The overall grade word, e.g. 优. */
  public String grade(EvaluationReport r) {
    return texts.zh() ? r.grade().chinese() : r.grade().english();
  }

  private String met(IndicatorResult i) {
    if (i.status() != ResultStatus.SCORED) {
      return texts.zh() ? i.status().chinese() : i.status().english();
    }
    return i.met() ? "✓" : "✗";
  }

  private static Table.Tone tone(IndicatorResult i) {
    if (i.status() == ResultStatus.MISSING || i.status() == ResultStatus.INCOMPARABLE) {
      return Table.Tone.RED;
    }
    return i.status() == ResultStatus.SCORED && !i.met() ? Table.Tone.YELLOW : Table.Tone.NONE;
  }

  private Table claims(EvaluationReport r) {
    List<String> header = List.of(texts.t("项目", "Item"), texts.t("自评分值", "Claimed points"), texts.t("分值", "Points"),
        texts.t("自评得分", "Claimed score"), texts.t("复核得分", "Computed score"), texts.t("差额", "Difference"),
        texts.t("复核结论", "Finding"));
    List<Table.Row> rows = new ArrayList<>();
    List<ClaimLine> lines = new ArrayList<>(r.claims().lines());
    r.claims().total().ifPresent(lines::add);
    for (ClaimLine l : lines) {
      String verdict = l.pointsContradict() ? texts.t("分值不符", "points contradict")
          : l.scoreFlagged() ? texts.t("得分不符", "score differs") : texts.t("一致", "agrees");
      rows.add(new Table.Row(List.of(l.item(), opt(l.claimedPoints()), Formats.plain(l.points()), opt(l.claimedScore()),
          Formats.fixed(l.computedScore()), l.difference().map(d -> (d.signum() > 0 ? "+" : "") + Formats.fixed(d)).orElse(""),
          verdict), l.kind() == ClaimLine.Kind.TOTAL ? Table.Kind.TOTAL : Table.Kind.BODY,
          l.flagged() ? Table.Tone.RED : Table.Tone.GREEN));
    }
    return new Table("", header, rows, 0, Set.of(1, 2, 3, 4, 5));
  }

  private static String opt(Optional<BigDecimal> v) {
    return v.map(Formats::plain).orElse("—");
  }
}
