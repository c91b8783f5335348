package dev.perf.cli.report;

import dev.perf.cli.Texts;
import dev.perf.eval.monitor.BudgetTrack;
import dev.perf.eval.monitor.IndicatorProgress;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.monitor.TrafficLight;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a {@link MonitoringReport} out as the 绩效运行监控表 ("双监控"): the budget track with its
 * 绿/黄/红 warning, then the goal track per indicator.
 */
public final class MonitorSheets {
  private final Texts texts;
  private final Formats formats;

  public MonitorSheets(Texts texts) {
    this.texts = texts;
    this.formats = new Formats(texts);
  }

  /** The sheet for one report. */
  public Sheet sheet(MonitoringReport r) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Fields(List.of(
        new Fields.Field(texts.t("项目名称", "Project"), r.projectName()),
        new Fields.Field(texts.t("项目编码", "Code"), r.projectCode()),
        new Fields.Field(texts.t("监控截至", "As of"), r.asOf().toString()),
        new Fields.Field(texts.t("预警", "Warning"), light(r.budget().light())))));
    blocks.add(budget(r));
    blocks.add(goals(r));
    if (!r.unmonitored().isEmpty()) {
      blocks.add(new Paragraph(texts.t("未填报监控情况的指标：", "Indicators without a monitoring row: ")
          + String.join(texts.t("、", ", "), r.unmonitored())));
    }
    blocks.add(new EvalSheets(texts).notes(texts.t("监控说明", "Findings"), r.findings()));
    return new Sheet(texts.t("项目绩效运行监控表", "Project performance monitoring"),
        texts.t("（" + r.year() + " 年度，截至 " + r.asOf() + "）", "(" + r.year() + ", as of " + r.asOf() + ")"), blocks);
  }

  /** 绿/黄/红 with a dot, or a dash when unknown. */
  public String light(Optional<TrafficLight> light) {
    return light.map(l -> "● " + (texts.zh() ? l.chinese() : l.english())).orElse("—");
  }

  /** The row tone of a light. */
  public static Table.Tone tone(Optional<TrafficLight> light) {
    if (light.isEmpty()) {
      return Table.Tone.NONE;
    }
    return light.get() == TrafficLight.GREEN ? Table.Tone.GREEN : light.get() == TrafficLight.YELLOW ? Table.Tone.YELLOW
        : Table.Tone.RED;
  }

  private Table budget(MonitoringReport r) {
    BudgetTrack b = r.budget();
    List<String> header = List.of(texts.t("预算数", "Budget"), texts.t("执行数", "Spent"), texts.t("执行率", "Rate"),
        texts.t("计划进度", "Planned"), texts.t("时间进度", "Time elapsed"), texts.t("较计划偏差", "vs plan"),
        texts.t("较时间偏差", "vs time"), texts.t("预警", "Warning"));
    List<String> row = List.of(Formats.money(b.budget()), Formats.money(b.spent()),
        b.executionRate().map(Formats::percent).orElse("—"), Formats.percent(b.plannedPercent()),
        Formats.percent(b.timeElapsedPercent()), b.deviationFromPlan().map(this::points).orElse("—"),
        b.deviationFromTime().map(this::points).orElse("—"), light(b.light()));
    return new Table(texts.t("预算执行（" + r.moneyUnit().symbol() + "）", "Budget track (" + r.moneyUnit().symbol() + ")"),
        header, List.of(new Table.Row(row, Table.Kind.BODY, tone(b.light()))), 0, Set.of(0, 1, 2, 3, 4, 5, 6));
  }

  private String points(BigDecimal d) {
    return (d.signum() > 0 ? "+" : "") + Formats.fixed(d) + texts.t(" 个百分点", " pts");
  }

  private Table goals(MonitoringReport r) {
    List<String> header = List.of(texts.t("一级指标", "Level 1"), texts.t("三级指标", "Indicator"),
        texts.t("年度指标值", "Target"), texts.t("截至目前完成值", "To date"), texts.t("完成进度", "Progress"),
        texts.t("全年预计完成值", "Projected"), texts.t("预计达标", "Meets"), texts.t("完成可能性", "Possibility"),
        texts.t("偏差原因", "Reason"));
    List<Table.Row> rows = new ArrayList<>();
    for (IndicatorProgress p : r.indicators()) {
      String meets = p.projectionMeets().map(formats::yesNo).orElse("");
      Table.Tone tone = p.projectionMeets().map(m -> m ? Table.Tone.GREEN : Table.Tone.RED).orElse(Table.Tone.NONE);
      rows.add(new Table.Row(List.of(p.category(), p.name(), Formats.target(p.target()), formats.actual(p.toDate()),
          p.progress().map(Formats::percent).orElse(""), p.projected().map(formats::actual).orElse(""), meets,
          p.possibility().map(x -> texts.zh() ? x.chinese() : x.english()).orElse(""),
          p.reason().map(formats::reason).orElse("")), Table.Kind.BODY, tone));
    }
    return new Table(texts.t("绩效目标完成情况", "Goal track"), header, rows, 1, Set.of(4));
  }
}
