package dev.perf.cli.output;

import dev.perf.cli.Texts;
import dev.perf.cli.report.Chart;
import dev.perf.cli.report.Formats;
import dev.perf.eval.monitor.TrafficLight;
import dev.perf.eval.score.CategoryResult;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.model.PlanPoint;
import dev.perf.model.Project;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The report's charts as inline SVG: the spending curve of a project (plan against actual), the
 * score by category of an evaluation, and the overview of a department's projects.
 */
public final class Charts {
  private static final String INK = "#1f2a44";
  private static final String PLAN = "#1f4e8c";
  private static final String ACTUAL = "#b71c1c";
  private static final String GRID = "#c8c8c8";

  private final Texts texts;

  public Charts(Texts texts) {
    this.texts = texts;
  }

  /** One measured point of the actual spending curve: a date and the cumulative execution rate. */
  public record Spent(LocalDate date, BigDecimal percent, String label) {}

  /**
   * Planned against actual cumulative spending over the year: the plan's points joined linearly from
   * 0% on 1 January (or the time line when there is no plan), the actual rates as a second line.
   */
  public Chart spending(Project project, Year year, List<Spent> actual) {
    double w = 520;
    double h = 250;
    double left = 44;
    double right = 16;
    double top = 16;
    double bottom = 40;
    double pw = w - left - right;
    double ph = h - top - bottom;
    StringBuilder s = new StringBuilder(Svg.open("chart spending", w, h, texts.t("支出进度曲线", "Spending curve")));
    for (int p = 0; p <= 100; p += 25) {
      double y = top + ph - ph * p / 100.0;
      s.append(Svg.line(left, y, left + pw, y, "stroke:" + GRID + ";stroke-width:0.6"));
      s.append(Svg.text(left - 5, y + 4, "end", "", p + "%"));
    }
    for (int m = 1; m <= 12; m++) {
      double x = left + pw * fraction(year.atMonth(m).atEndOfMonth(), year);
      s.append(Svg.line(x, top + ph, x, top + ph + 3, "stroke:" + INK));
      s.append(Svg.text(x, top + ph + 15, "middle", "", texts.t(m + "月", monthShort(m))));
    }
    s.append(Svg.line(left, top + ph, left + pw, top + ph, "stroke:" + INK + ";stroke-width:1"));
    s.append(Svg.line(left, top, left, top + ph, "stroke:" + INK + ";stroke-width:1"));
    List<double[]> plan = new ArrayList<>();
    plan.add(new double[] {0, 0});
    List<PlanPoint> points = project.plan().map(pl -> pl.points()).orElse(List.of());
    boolean hasPlan = !points.isEmpty();
    if (hasPlan) {
      List<PlanPoint> sorted = new ArrayList<>(points);
      sorted.sort(java.util.Comparator.comparing(p -> p.dateIn(year)));
      for (PlanPoint p : sorted) {
        plan.add(new double[] {fraction(p.dateIn(year), year), p.cumulativePercent().doubleValue()});
      }
    } else {
      plan.add(new double[] {1, 100});
    }
    s.append(polyline(plan, left, top, pw, ph, "fill:none;stroke:" + PLAN + ";stroke-width:2" + (hasPlan ? "" : ";stroke-dasharray:5 4"),
        "plan"));
    for (double[] p : plan.subList(1, plan.size())) {
      s.append(dot(left + pw * p[0], top + ph - ph * Math.min(p[1], 120) / 100.0, PLAN, "plan-point"));
    }
    if (!actual.isEmpty()) {
      List<double[]> a = new ArrayList<>();
      a.add(new double[] {0, 0});
      for (Spent sp : actual) {
        a.add(new double[] {fraction(sp.date(), year), sp.percent().doubleValue()});
      }
      s.append(polyline(a, left, top, pw, ph, "fill:none;stroke:" + ACTUAL + ";stroke-width:2", "actual"));
      for (int i = 0; i < actual.size(); i++) {
        double[] p = a.get(i + 1);
        double x = left + pw * p[0];
        double y = top + ph - ph * Math.min(p[1], 120) / 100.0;
        s.append(dot(x, y, ACTUAL, "actual-point"));
        s.append(Svg.text(x - 4, y - 7, "end", "", Formats.fixed(actual.get(i).percent()) + "%"));
      }
    }
    double ly = h - 8;
    s.append(Svg.line(left, ly - 4, left + 22, ly - 4, "stroke:" + PLAN + ";stroke-width:2" + (hasPlan ? "" : ";stroke-dasharray:5 4")));
    s.append(Svg.text(left + 27, ly, "start", "", hasPlan ? texts.t("计划支出进度", "planned") : texts.t("时间进度", "time elapsed")));
    s.append(Svg.line(left + 150, ly - 4, left + 172, ly - 4, "stroke:" + ACTUAL + ";stroke-width:2"));
    s.append(Svg.text(left + 177, ly, "start", "", texts.t("实际执行率", "actual")));
    s.append("</svg>");
    StringBuilder alt = new StringBuilder(texts.t("计划：", "plan: "));
    for (double[] p : plan.subList(1, plan.size())) {
      alt.append(Svg.n(p[1])).append("% ");
    }
    alt.append(texts.t("；实际：", "; actual: "));
    for (Spent sp : actual) {
      alt.append(sp.date()).append(' ').append(Formats.fixed(sp.percent())).append("% ");
    }
    return new Chart(texts.t("图：" + project.name() + " 支出进度（计划与实际）", "Figure: spending of " + project.name()
        + " (plan and actual)"), s.toString(), alt.toString().strip());
  }

  /** Bars of score against points for the execution rate and each first-level category. */
  public Chart scoreByCategory(EvaluationReport r) {
    List<String> names = new ArrayList<>();
    List<BigDecimal> points = new ArrayList<>();
    List<BigDecimal> scores = new ArrayList<>();
    names.add(texts.t("预算执行率", "Execution rate"));
    points.add(r.budget().points());
    scores.add(r.budget().score());
    for (CategoryResult c : r.categories()) {
      names.add(c.name());
      points.add(c.points());
      scores.add(c.score());
    }
    double max = points.stream().mapToDouble(BigDecimal::doubleValue).max().orElse(1);
    double labelW = 100;
    double barH = 20;
    double gap = 12;
    double w = 520;
    double pw = w - labelW - 90;
    double h = 20 + names.size() * (barH + gap) + 20;
    StringBuilder s = new StringBuilder(Svg.open("chart score", w, h, texts.t("分类得分", "Score by category")));
    for (int i = 0; i < names.size(); i++) {
      double y = 14 + i * (barH + gap);
      double full = max <= 0 ? 0 : pw * points.get(i).doubleValue() / max;
      double got = max <= 0 ? 0 : pw * scores.get(i).doubleValue() / max;
      s.append(Svg.text(labelW - 6, y + barH * 0.7, "end", "", names.get(i)));
      s.append(Svg.rect(labelW, y, full, barH, "fill:#e4e7ec;stroke:#8a93a3;stroke-width:0.6"));
      s.append("<rect class=\"bar\" x=\"" + Svg.n(labelW) + "\" y=\"" + Svg.n(y) + "\" width=\"" + Svg.n(got)
          + "\" height=\"" + Svg.n(barH) + "\" style=\"fill:" + INK + "\"/>");
      s.append(Svg.text(labelW + full + 6, y + barH * 0.7, "start", "",
          Formats.fixed(scores.get(i)) + " / " + Formats.plain(points.get(i))));
    }
    double ty = h - 8;
    s.append(Svg.text(labelW, ty, "start", "", texts.t("总分 ", "Total ") + Formats.fixed(r.total()) + " / "
        + Formats.plain(r.totalPoints()) + texts.t("，等级 ", ", grade ") + (texts.zh() ? r.grade().chinese() : r.grade().english())));
    s.append("</svg>");
    StringBuilder alt = new StringBuilder();
    for (int i = 0; i < names.size(); i++) {
      alt.append(names.get(i)).append(' ').append(Formats.fixed(scores.get(i))).append('/').append(Formats.plain(points.get(i)))
          .append(i + 1 < names.size() ? "; " : "");
    }
    return new Chart(texts.t("图：" + r.projectName() + " 分类得分", "Figure: score by category, " + r.projectName()),
        s.toString(), alt.toString());
  }

  /** One project in the department overview. */
  public record ProjectLine(String name, Optional<BigDecimal> budget, String unit, Optional<BigDecimal> score,
      Optional<TrafficLight> light) {}

  /** Budget bars of every project, with its self-evaluation score and monitoring light beside it. */
  public Chart overview(String title, List<ProjectLine> lines) {
    double max = lines.stream().map(l -> l.budget().orElse(BigDecimal.ZERO)).mapToDouble(BigDecimal::doubleValue).max().orElse(0);
    double labelW = 250;
    double barH = 22;
    double gap = 14;
    double w = 760;
    double pw = w - labelW - 200;
    double h = 34 + lines.size() * (barH + gap) + 8;
    StringBuilder s = new StringBuilder(Svg.open("chart overview", w, h, title));
    s.append(Svg.text(labelW, 14, "start", "", texts.t("预算（", "Budget (") + (lines.isEmpty() ? "" : lines.get(0).unit())
        + texts.t("）", ")")));
    s.append(Svg.text(w - 120, 14, "middle", "", texts.t("自评得分", "Score")));
    s.append(Svg.text(w - 40, 14, "middle", "", texts.t("监控预警", "Warning")));
    for (int i = 0; i < lines.size(); i++) {
      ProjectLine l = lines.get(i);
      double y = 26 + i * (barH + gap);
      String name = l.name().length() > 18 ? l.name().substring(0, 17) + "…" : l.name();
      s.append(Svg.text(labelW - 8, y + barH * 0.7, "end", "", name));
      double bw = max <= 0 ? 0 : pw * l.budget().orElse(BigDecimal.ZERO).doubleValue() / max;
      s.append("<rect class=\"bar\" x=\"" + Svg.n(labelW) + "\" y=\"" + Svg.n(y) + "\" width=\"" + Svg.n(bw)
          + "\" height=\"" + Svg.n(barH) + "\" style=\"fill:#3b5998\"/>");
      s.append(Svg.text(labelW + bw + 6, y + barH * 0.7, "start", "", l.budget().map(Formats::money).orElse("—")));
      s.append(Svg.text(w - 120, y + barH * 0.7, "middle", "", l.score().map(Formats::fixed).orElse("—")));
      if (l.light().isPresent()) {
        String fill = l.light().get() == TrafficLight.GREEN ? "#2e7d32" : l.light().get() == TrafficLight.YELLOW ? "#f2c230" : "#b71c1c";
        s.append("<circle cx=\"" + Svg.n(w - 52) + "\" cy=\"" + Svg.n(y + barH / 2) + "\" r=\"6\" style=\"fill:" + fill
            + ";stroke:#333;stroke-width:0.6\"/>");
        s.append(Svg.text(w - 42, y + barH * 0.7, "start", "", texts.zh() ? l.light().get().chinese() : l.light().get().english()));
      } else {
        s.append(Svg.text(w - 40, y + barH * 0.7, "middle", "", "—"));
      }
    }
    s.append("</svg>");
    StringBuilder alt = new StringBuilder();
    for (ProjectLine l : lines) {
      alt.append(l.name()).append(' ').append(l.budget().map(Formats::money).orElse("—")).append("; ");
    }
    return new Chart(title, s.toString(), alt.toString().strip());
  }

  private static String polyline(List<double[]> pts, double left, double top, double pw, double ph, String style, String cls) {
    StringBuilder b = new StringBuilder("<polyline class=\"" + cls + "\" points=\"");
    for (int i = 0; i < pts.size(); i++) {
      double[] p = pts.get(i);
      if (i > 0) {
        b.append(' ');
      }
      b.append(Svg.n(left + pw * p[0])).append(',').append(Svg.n(top + ph - ph * Math.min(p[1], 120) / 100.0));
    }
    return b.append("\" style=\"").append(style).append("\"/>").toString();
  }

  private static String dot(double x, double y, String colour, String cls) {
    return "<circle class=\"" + cls + "\" cx=\"" + Svg.n(x) + "\" cy=\"" + Svg.n(y) + "\" r=\"3\" style=\"fill:" + colour + "\"/>";
  }

  private static double fraction(LocalDate d, Year year) {
    LocalDate start = year.atDay(1).minusDays(1);
    double days = year.length();
    return Math.max(0, Math.min(1, java.time.temporal.ChronoUnit.DAYS.between(start, d) / days));
  }

  private static String monthShort(int m) {
    return java.time.Month.of(m).getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH);
  }
}
