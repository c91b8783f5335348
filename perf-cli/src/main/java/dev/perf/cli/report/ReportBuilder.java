package dev.perf.cli.report;

import dev.perf.cli.Texts;
import dev.perf.cli.io.Workspace;
import dev.perf.cli.output.Charts;
import dev.perf.cli.output.Html;
import dev.perf.cli.output.HtmlSheets;
import dev.perf.dsl.ParseResult;
import dev.perf.eval.monitor.MonitoringReport;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Budget;
import dev.perf.model.Department;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Severity;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Year;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assembles the whole report: a department overview with its chart and summary table, then per
 * project the target table, the spending curve, the self-evaluation with its score chart, and the
 * monitoring view; last, the validation findings.
 */
public final class ReportBuilder {
  private final Texts texts;
  private final Charts charts;
  private final Validator validator;

  public ReportBuilder(Texts texts, Charts charts, Validator validator) {
    this.texts = texts;
    this.charts = charts;
    this.validator = validator;
  }

  /** The report as sheets (for Markdown) and as HTML, with its title and a line of facts. */
  public record Content(String title, String meta, List<Sheet> sheets, String html) {}

  /** Builds the report from parsed files and the engine's results. */
  public Content build(Workspace ws, List<EvaluationReport> evaluations, List<MonitoringReport> monitoring,
      List<Monitoring> allMonitoring) {
    Map<String, EvaluationReport> evalByCode = new LinkedHashMap<>();
    evaluations.forEach(e -> evalByCode.putIfAbsent(e.projectCode(), e));
    Map<String, MonitoringReport> monByCode = new LinkedHashMap<>();
    monitoring.forEach(m -> monByCode.putIfAbsent(m.projectCode(), m));
    List<Project> projects = ws.projects();
    List<Department> departments = ws.departments();

    List<Sheet> sheets = new ArrayList<>();
    StringBuilder html = new StringBuilder();
    html.append(toc(projects, evalByCode, monByCode));

    html.append("<section class=\"overview\" id=\"overview\">\n<h2 class=\"part\">")
        .append(Html.escape(texts.t("一、总览", "1. Overview"))).append("</h2>\n");
    Sheet overview = overview(projects, evalByCode, monByCode);
    sheets.add(overview);
    html.append(HtmlSheets.render(overview, "").replace("<section class=\"sheet\">", "<div class=\"sheet-body\">")
        .replace("</section>", "</div>"));
    for (Department d : departments) {
      Sheet s = new TargetSheets(texts).department(d);
      sheets.add(s);
      html.append(HtmlSheets.render(s, "dept-" + d.code()).replace("class=\"sheet\"", "class=\"sheet first\""));
    }
    html.append("</section>\n");

    int n = 0;
    for (Project p : projects) {
      n++;
      html.append("<section class=\"project\" id=\"project-").append(Html.escape(p.code())).append("\">\n");
      html.append("<h2 class=\"part\">").append(Html.escape(texts.t(chineseOrdinal(n + 1) + "、", (n + 1) + ". ")
          + p.name())).append("</h2>\n");
      Sheet target = new TargetSheets(texts).project(p);
      List<Block> extra = new ArrayList<>(target.blocks());
      Year year = p.year().orElse(Year.of(2025));
      extra.add(charts.spending(p, year, spent(p, year, evalByCode.get(p.code()), allMonitoring)));
      target = new Sheet(target.title(), target.subtitle(), extra);
      sheets.add(target);
      html.append(HtmlSheets.render(target, "target-" + p.code()).replace("class=\"sheet\"", "class=\"sheet first\""));
      EvaluationReport e = evalByCode.get(p.code());
      if (e != null) {
        Sheet es = new EvalSheets(texts).sheet(e);
        List<Block> blocks = new ArrayList<>(es.blocks());
        blocks.add(2, charts.scoreByCategory(e));
        es = new Sheet(es.title(), es.subtitle(), blocks);
        sheets.add(es);
        html.append(HtmlSheets.render(es, "eval-" + p.code()));
      }
      MonitoringReport m = monByCode.get(p.code());
      if (m != null) {
        Sheet ms = new MonitorSheets(texts).sheet(m);
        sheets.add(ms);
        html.append(HtmlSheets.render(ms, "monitor-" + p.code()));
      }
      html.append("</section>\n");
    }
    Sheet findings = validation(ws);
    sheets.add(findings);
    html.append(HtmlSheets.render(findings, "validation"));

    String title = title(departments, projects);
    return new Content(title, meta(ws, projects, evaluations, monitoring), sheets, html.toString());
  }

  private String toc(List<Project> projects, Map<String, EvaluationReport> evals, Map<String, MonitoringReport> mons) {
    StringBuilder b = new StringBuilder("<nav class=\"toc\"><strong>").append(Html.escape(texts.t("目录", "Contents")))
        .append("</strong><ol>\n<li><a href=\"#overview\">").append(Html.escape(texts.t("总览", "Overview"))).append("</a></li>\n");
    for (Project p : projects) {
      b.append("<li><a href=\"#project-").append(Html.escape(p.code())).append("\">").append(Html.escape(p.name()))
          .append("</a>");
      List<String> parts = new ArrayList<>(List.of(texts.t("目标表", "targets")));
      if (evals.containsKey(p.code())) {
        parts.add(texts.t("自评", "self-evaluation"));
      }
      if (mons.containsKey(p.code())) {
        parts.add(texts.t("监控", "monitoring"));
      }
      b.append(" <small>（").append(Html.escape(String.join(texts.t("、", ", "), parts))).append("）</small></li>\n");
    }
    b.append("<li><a href=\"#validation\">").append(Html.escape(texts.t("检查结果", "Validation"))).append("</a></li>\n");
    return b.append("</ol></nav>\n").toString();
  }

  private Sheet overview(List<Project> projects, Map<String, EvaluationReport> evals, Map<String, MonitoringReport> mons) {
    List<Charts.ProjectLine> lines = new ArrayList<>();
    List<Table.Row> rows = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    String unit = projects.isEmpty() ? "万元" : projects.get(0).effectiveMoneyUnit().symbol();
    MonitorSheets ms = new MonitorSheets(texts);
    for (Project p : projects) {
      Optional<BigDecimal> budget = p.budget().map(Budget::total);
      EvaluationReport e = evals.get(p.code());
      MonitoringReport m = mons.get(p.code());
      lines.add(new Charts.ProjectLine(p.name(), budget, p.effectiveMoneyUnit().symbol(),
          Optional.ofNullable(e).map(EvaluationReport::total), Optional.ofNullable(m).flatMap(x -> x.budget().light())));
      total = total.add(budget.map(b -> b.multiply(p.effectiveMoneyUnit().unit().toBase())
          .divide(projects.get(0).effectiveMoneyUnit().unit().toBase(), MathContext.DECIMAL128)).orElse(BigDecimal.ZERO));
      int indicators = p.indicators().map(t -> (int) t.indicators().count()).orElse(0);
      rows.add(new Table.Row(List.of(p.code(), p.name(), budget.map(Formats::money).orElse("—"), String.valueOf(indicators),
          e == null ? "—" : Formats.fixed(e.total()), e == null ? "—" : new EvalSheets(texts).grade(e),
          m == null ? "—" : m.budget().executionRate().map(Formats::percent).orElse("—"),
          m == null ? "—" : ms.light(m.budget().light())), Table.Kind.BODY,
          m == null ? Table.Tone.NONE : MonitorSheets.tone(m.budget().light())));
    }
    rows.add(new Table.Row(List.of(texts.t("合计", "Total"), texts.t(projects.size() + " 个项目", projects.size() + " projects"),
        Formats.money(total.stripTrailingZeros().scale() < 2 ? total.setScale(2, java.math.RoundingMode.HALF_UP) : total),
        "", "", "", "", ""), Table.Kind.TOTAL, Table.Tone.NONE));
    List<Block> blocks = new ArrayList<>();
    blocks.add(charts.overview(texts.t("图：各项目预算、自评得分与监控预警", "Figure: budget, score and warning of each project"),
        lines));
    blocks.add(new Table(texts.t("项目一览（金额单位：" + unit + "）", "Projects (amounts in " + unit + ")"),
        List.of(texts.t("项目编码", "Code"), texts.t("项目名称", "Project"), texts.t("预算", "Budget"),
            texts.t("指标数", "Indicators"), texts.t("自评得分", "Score"), texts.t("等级", "Grade"),
            texts.t("执行率（监控）", "Rate (monitoring)"), texts.t("预警", "Warning")),
        rows, 0, Set.of(2, 3, 4, 6)));
    return new Sheet(texts.t("部门项目总览", "Overview of projects"), "", blocks);
  }

  private List<Charts.Spent> spent(Project p, Year year, EvaluationReport e, List<Monitoring> all) {
    List<Charts.Spent> out = new ArrayList<>();
    Optional<BigDecimal> budget = p.budget().map(Budget::total).filter(b -> b.signum() > 0);
    for (Monitoring m : all) {
      if (m.projectCode().equals(p.code()) && m.spent().isPresent() && budget.isPresent() && m.asOf().getYear() == year.getValue()) {
        out.add(new Charts.Spent(m.asOf(), m.spent().get().multiply(BigDecimal.valueOf(100))
            .divide(budget.get(), MathContext.DECIMAL64), texts.t("监控", "monitoring")));
      }
    }
    out.sort(java.util.Comparator.comparing(Charts.Spent::date));
    if (e != null && e.budget().rate().isPresent()) {
      out.add(new Charts.Spent(year.atMonth(12).atEndOfMonth(), e.budget().rate().get(), texts.t("自评", "self-evaluation")));
    }
    return out;
  }

  private Sheet validation(Workspace ws) {
    List<Table.Row> rows = new ArrayList<>();
    List<Notes.Note> notes = new ArrayList<>();
    for (ParseResult f : ws.files()) {
      List<Diagnostic> ds = new ArrayList<>(f.diagnostics());
      ds.addAll(new dev.perf.cli.command.FileValidation(validator, ws::project).validate(f));
      long errors = ds.stream().filter(d -> d.severity() == Severity.ERROR).count();
      long warnings = ds.stream().filter(d -> d.severity() == Severity.WARNING).count();
      long infos = ds.size() - errors - warnings;
      rows.add(new Table.Row(List.of(f.fileName(), String.valueOf(errors), String.valueOf(warnings), String.valueOf(infos)),
          Table.Kind.BODY, errors > 0 ? Table.Tone.RED : warnings > 0 ? Table.Tone.YELLOW : Table.Tone.GREEN));
      for (Diagnostic d : ds) {
        String where = d.span().map(s -> s.file() + ":" + s.line() + ":" + s.column()).orElse(f.fileName());
        notes.add(new Notes.Note(d.severity(), d.severity().label(texts.language()) + " " + d.ruleId(),
            where + " " + d.message().in(texts.language()) + d.hint().map(h -> texts.t("（提示：", " (hint: ")
                + h.in(texts.language()) + texts.t("）", ")")).orElse("")));
      }
    }
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Table("", List.of(texts.t("文件", "File"), texts.t("错误", "Errors"), texts.t("警告", "Warnings"),
        texts.t("提示", "Infos")), rows, 0, Set.of(1, 2, 3)));
    blocks.add(new Notes(texts.t("诊断明细", "Diagnostics"), notes));
    if (notes.isEmpty()) {
      blocks.add(new Paragraph(texts.t("未发现问题。", "No findings.")));
    }
    return new Sheet(texts.t("检查结果", "Validation"), "", blocks);
  }

  private String title(List<Department> departments, List<Project> projects) {
    Set<Integer> years = new TreeSet<>();
    departments.forEach(d -> d.year().ifPresent(y -> years.add(y.getValue())));
    projects.forEach(p -> p.year().ifPresent(y -> years.add(y.getValue())));
    String year = years.isEmpty() ? "" : years.iterator().next() + texts.t(" 年度", " ");
    String who = departments.size() == 1 ? departments.get(0).name() + " " : "";
    return who + year + texts.t("预算绩效管理报告", "budget performance report").strip();
  }

  private String meta(Workspace ws, List<Project> projects, List<EvaluationReport> evals, List<MonitoringReport> mons) {
    return texts.t(ws.files().size() + " 个文件，" + projects.size() + " 个项目，" + evals.size() + " 份自评，"
            + mons.size() + " 份监控",
        ws.files().size() + " files, " + projects.size() + " projects, " + evals.size() + " self-evaluations, "
            + mons.size() + " monitoring records");
  }

  private static String chineseOrdinal(int n) {
    String[] digits = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
    if (n <= 10) {
      return digits[n];
    }
    if (n < 20) {
      return "十" + digits[n - 10];
    }
    if (n < 100) {
      return digits[n / 10] + "十" + (n % 10 == 0 ? "" : digits[n % 10]);
    }
    return String.valueOf(n);
  }
}
