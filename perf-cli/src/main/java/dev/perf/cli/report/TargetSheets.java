package dev.perf.cli.report;

import dev.perf.cli.Texts;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Department;
import dev.perf.model.FundingSource;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import dev.perf.model.SubCategory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Lays out the target tables: 项目支出绩效目标表 and 部门整体支出绩效目标表. */
public final class TargetSheets {
  private final Texts texts;

  public TargetSheets(Texts texts) {
    this.texts = texts;
  }

  /** The 项目支出绩效目标表 of a project. */
  public Sheet project(Project p) {
    List<Fields.Field> fields = new ArrayList<>();
    String unit = p.effectiveMoneyUnit().symbol();
    fields.add(new Fields.Field(texts.t("项目名称", "Project"), p.name()));
    fields.add(new Fields.Field(texts.t("项目编码", "Code"), p.code()));
    p.unit().ifPresent(u -> fields.add(new Fields.Field(texts.t("预算单位", "Budget unit"),
        u.name().map(n -> n + "（" + u.code() + "）").orElse(u.code()))));
    p.year().ifPresent(y -> fields.add(new Fields.Field(texts.t("年度", "Year"), y.toString())));
    p.budget().ifPresent(b -> fields.add(new Fields.Field(texts.t("项目资金（" + unit + "）", "Funds (" + unit + ")"),
        budget(b))));
    p.purpose().ifPresent(s -> fields.add(new Fields.Field(texts.t("资金用途", "Purpose"), s)));
    p.plan().filter(pl -> !pl.points().isEmpty()).ifPresent(pl -> fields.add(new Fields.Field(
        texts.t("支出计划", "Spending plan"), plan(pl.points()))));
    if (!p.goals().isEmpty()) {
      fields.add(new Fields.Field(texts.t("年度绩效目标", "Annual goals"), numbered(p.goals())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Fields(fields));
    p.indicators().ifPresent(t -> blocks.add(indicators(t)));
    String year = p.year().map(y -> texts.t("（" + y + " 年度）", "(" + y + ")")).orElse("");
    return new Sheet(texts.t("项目支出绩效目标表", "Project expenditure performance targets"), year, blocks);
  }

  /** The 部门整体支出绩效目标表 of a department. */
  public Sheet department(Department d) {
    List<Fields.Field> fields = new ArrayList<>();
    fields.add(new Fields.Field(texts.t("部门（单位）名称", "Department"), d.name()));
    fields.add(new Fields.Field(texts.t("部门编码", "Code"), d.code()));
    d.year().ifPresent(y -> fields.add(new Fields.Field(texts.t("年度", "Year"), y.toString())));
    d.budget().ifPresent(b -> fields.add(new Fields.Field(texts.t("部门预算（" + d.effectiveMoneyUnit().symbol() + "）",
        "Budget (" + d.effectiveMoneyUnit().symbol() + ")"), budget(b))));
    d.overallGoal().ifPresent(g -> fields.add(new Fields.Field(texts.t("总体目标", "Overall goal"), g.strip())));
    if (!d.subGoals().isEmpty()) {
      fields.add(new Fields.Field(texts.t("分项目标", "Sub-goals"), numbered(d.subGoals())));
    }
    if (!d.measures().isEmpty()) {
      fields.add(new Fields.Field(texts.t("保障措施", "Measures"), numbered(d.measures())));
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Fields(fields));
    d.indicators().ifPresent(t -> blocks.add(indicators(t)));
    String year = d.year().map(y -> texts.t("（" + y + " 年度）", "(" + y + ")")).orElse("");
    return new Sheet(texts.t("部门整体支出绩效目标表", "Department performance targets"), year, blocks);
  }

  private Table indicators(IndicatorTable t) {
    List<String> header = List.of(texts.t("一级指标", "Level 1"), texts.t("二级指标", "Level 2"),
        texts.t("三级指标", "Indicator"), texts.t("指标值", "Target"), texts.t("指标值确定依据", "Basis"),
        texts.t("分值", "Points"));
    List<Table.Row> rows = new ArrayList<>();
    for (Category c : t.categories()) {
      for (SubCategory s : c.subCategories()) {
        for (Indicator i : s.indicators()) {
          String target = Formats.target(i.target()) + i.description().map(d -> "（" + d + "）").orElse("");
          rows.add(Table.Row.of(List.of(c.name(), s.name(), i.name(), target, t.basisOf(i).orElse(""),
              i.points().map(Formats::plain).orElse(""))));
        }
      }
    }
    return new Table(texts.t("绩效指标", "Performance indicators"), header, rows, 2, Set.of(5));
  }

  private String budget(Budget b) {
    StringBuilder s = new StringBuilder(Formats.money(b.total()));
    if (!b.sources().isEmpty()) {
      List<String> parts = new ArrayList<>();
      for (FundingSource f : b.sources()) {
        parts.add(f.name() + " " + Formats.money(f.amount()));
      }
      s.append(texts.t("（其中：", " (of which: ")).append(String.join(texts.t("，", ", "), parts)).append(texts.t("）", ")"));
    }
    return s.toString();
  }

  private String plan(List<PlanPoint> points) {
    List<String> parts = new ArrayList<>();
    for (PlanPoint p : points) {
      String when = p.isMonthEnd() ? texts.t(p.at().getMonthValue() + "月底", "end of " + p.at().getMonth().toString().substring(0, 3))
          : String.format("%02d-%02d", p.at().getMonthValue(), p.at().getDayOfMonth());
      parts.add(when + " " + Formats.plain(p.cumulativePercent()) + "%");
    }
    return String.join(texts.t("，", ", "), parts);
  }

  private static String numbered(List<String> items) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        b.append('\n');
      }
      b.append(i + 1).append(". ").append(items.get(i).strip());
    }
    return b.toString();
  }

  /** The project's budget total, if it has one. */
  public static Optional<java.math.BigDecimal> total(Project p) {
    return p.budget().map(Budget::total);
  }
}
