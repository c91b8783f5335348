package dev.perf.bench.corpus;

import dev.perf.dsl.lex.Keyword;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes one project as {@code .perf} text: its target table (项目 … with every target form, units,
 * qualitative values, 描述/依据 options), its self-evaluation (自评) and a mid-year monitoring record
 * (监控). Deterministic: project {@code index} under {@code seed} is always the same text, whatever the
 * size of the corpus it belongs to.
 */
final class ProjectWriter {
  private final SplittableRandom random;
  private final int index;
  private final StringBuilder out;
  private final List<Row> rows = new ArrayList<>();
  private final Set<String> usedNames = new HashSet<>();
  private BigDecimal budget;

  /** One indicator row and how to write its actual and its monitoring value. */
  private record Row(String name, String actual, String toDate) {}

  private ProjectWriter(long seed, int index, StringBuilder out) {
    this.random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
    this.index = index;
    this.out = out;
  }

  /** Appends project {@code index} (table, self-evaluation and monitoring) to {@code out}. */
  static void write(long seed, int index, StringBuilder out) {
    new ProjectWriter(seed, index, out).write();
  }

  /** The code of project {@code index}, like the seed's {@code 13022525P00NB79100162}. */
  static String code(int index) {
    return String.format("130225%02dP00%09d", 25, index);
  }

  private void write() {
    String code = code(index);
    String name = pick(Vocabulary.SUBJECTS) + pick(Vocabulary.ACTIONS) + pick(Vocabulary.SUFFIXES);
    String unit = pick(Vocabulary.UNITS_OF_BUDGET);
    budget = money(5, 500);
    BigDecimal fiscal = random.nextInt(4) == 0 ? budget.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.HALF_UP)
        : budget;
    BigDecimal other = budget.subtract(fiscal);

    out.append("# ").append(index + 1).append(". ").append(name).append("绩效目标表\n");
    out.append("项目 \"").append(code).append("\" \"").append(name).append("\" {\n");
    out.append("  单位 \"").append(224001 + random.nextInt(60)).append("\" \"").append(unit).append("\"\n");
    out.append("  年度 2025\n  金额单位 万元\n");
    out.append("  预算 ").append(budget).append(" { 财政资金 ").append(fiscal).append("  其他资金 ").append(other).append(" }\n");
    out.append("  资金用途 \"").append(pick(Vocabulary.GOAL_SENTENCES)).append(pick(Vocabulary.GOAL_SENTENCES)).append("\"\n");
    out.append(random.nextBoolean() ? "  支出计划 { 3月底 25%  6月底 50%  9月底 75%  12月底 100% }\n"
        : "  支出计划 { 03-31 20%，06-30 45%，09-30 70%，12-31 100% }\n");
    out.append("  绩效目标 {\n");
    for (int i = 0; i < 2 + random.nextInt(2); i++) {
      out.append("    “").append(Vocabulary.GOAL_SENTENCES.get((index + i) % Vocabulary.GOAL_SENTENCES.size())).append("”\n");
    }
    out.append("  }\n");
    out.append("  指标 依据 \"年初工作安排\" {\n");
    out.append("    产出指标 {\n");
    category("数量指标", 1 + random.nextInt(3), this::countRow);
    category("质量指标", 1 + random.nextInt(3), this::qualityRow);
    category("时效指标", 1 + random.nextInt(2), this::timingRow);
    category("成本指标", 1, this::costRow);
    out.append("    }\n    效益指标 {\n");
    category("社会效益指标", 1 + random.nextInt(2), () -> qualitativeRow(Vocabulary.SOCIAL));
    category("可持续影响指标", 1, () -> qualitativeRow(Vocabulary.SUSTAINABLE));
    out.append("    }\n    满意度指标 {\n");
    category("服务对象满意度指标", 1, this::satisfactionRow);
    out.append("    }\n  }\n}\n\n");
    selfEvaluation(code);
    monitoring(code);
  }

  private void category(String name, int count, Runnable row) {
    out.append("      ").append(name).append(" {\n");
    for (int i = 0; i < count; i++) {
      row.run();
    }
    out.append("      }\n");
  }

  private void countRow() {
    String[] counted = Vocabulary.COUNTED.get(random.nextInt(Vocabulary.COUNTED.size()));
    int target = 10 + random.nextInt(490);
    int actual = target * (90 + random.nextInt(40)) / 100;
    String u = counted[1];
    String name = unique(counted[0]);
    row(name, atLeast(target, u), optionalDescription(), actual + " " + u, actual / 2 + " " + u + "  预计 " + actual + " " + u
        + "  可能性 " + (actual >= target ? "确定能" : "有可能"));
  }

  private void qualityRow() {
    int form = random.nextInt(6);
    String name = unique(pick(Vocabulary.RATES));
    switch (form) {
      case 0 -> row(name, atLeast(90 + random.nextInt(10), "%"), optionalDescription(), percent(92, 100),
          percent(85, 100) + "  预计 " + percent(95, 100));
      case 1 -> row(name, "＞＝" + (85 + random.nextInt(10)) + "％", "", percent(88, 100), percent(80, 100));
      case 2 -> row(name, random.nextBoolean() ? "=100%" : "100%", "", "100%", "100%");
      case 3 -> row(unique("森林覆盖率"), random.nextBoolean() ? "40%～45%" : "40～45%", " 依据 \"计划标准\"",
          percent(40, 45), percent(40, 45));
      case 4 -> row(unique("投诉件数"), pick(List.of("< 5 件", "低于5件", "少于5件")), "", random.nextInt(5) + " 件",
          random.nextInt(3) + " 件");
      default -> {
        // a rate per mille, its actual sometimes written in per cent (the ratio family converts)
        int tenths = random.nextInt(50);
        String actual = random.nextBoolean() ? tenths / 10 + "‰" : BigDecimal.valueOf(tenths, 2).toPlainString() + "%";
        row(unique("安全事故发生率"), pick(List.of("≤5‰", "不超过5‰", "5‰以内")), "", actual, "0‰");
      }
    }
  }

  private void timingRow() {
    int form = random.nextInt(4);
    int month = 6 + random.nextInt(6);
    switch (form) {
      case 0 -> row(unique(pick(Vocabulary.DEADLINES)), "≤ 2025-" + two(month) + "-30", "",
          "2025-" + two(month) + "-" + two(10 + random.nextInt(18)), "2025-07-" + two(1 + random.nextInt(28)));
      case 1 -> row(unique(pick(Vocabulary.DEADLINES)), "2025年" + month + "月30日前", "",
          "2025-" + two(month) + "-" + two(10 + random.nextInt(18)), "达成");
      case 2 -> row(unique("响应时间"), pick(List.of("[2, 4] 个工作日", "≤5 个工作日", "5个工作日以内", "不超过5个工作日")), "",
          (2 + random.nextInt(3)) + " 个工作日", "3 个工作日");
      default -> row(unique(pick(Vocabulary.QUALITATIVE_TIMING)), pick(Vocabulary.TIMING_WORDS), "", "达成", "达成");
    }
  }

  private void costRow() {
    BigDecimal spent = budget.multiply(BigDecimal.valueOf(85 + random.nextInt(16))).divide(BigDecimal.valueOf(100), 2,
        RoundingMode.HALF_UP);
    String limit = budget.stripTrailingZeros().toPlainString();
    String target = switch (random.nextInt(4)) {
      case 0 -> "≤" + limit + " 万元";
      case 1 -> "不超过" + limit + "万元";
      case 2 -> "控制在" + limit + "万元以内";
      default -> limit + "万元以内";
    };
    // the actual sometimes in 元 (the money family converts: 19.60 万元 = 196000 元)
    String actual = random.nextInt(4) == 0 ? spent.movePointRight(4).stripTrailingZeros().toPlainString() + " 元" : spent + " 万元";
    row(unique("控制在预算内"), target, " 描述 \"项目总成本控制在预算内\"", actual, "完成");
  }

  private void qualitativeRow(List<String> names) {
    String name = unique(pick(names));
    String target = random.nextInt(3) == 0 ? "\"" + pick(Vocabulary.QUOTED_GOALS) + "\"" : pick(Vocabulary.TREND_WORDS);
    String actual = switch (random.nextInt(12)) {
      case 0, 1, 2 -> "部分达成 " + (60 + random.nextInt(20)) + "%  偏差原因 \"" + pick(Vocabulary.REASONS) + "\"";
      case 3, 4, 5 -> "达成 " + (90 + random.nextInt(10)) + "%";
      case 6 -> "不适用";
      default -> pick(List.of("达成", "完成"));
    };
    row(name, target, "", actual, "达成");
  }

  private void satisfactionRow() {
    int target = 90 + random.nextInt(9);
    int tenths = (target - 3) * 10 + random.nextInt(60);
    String actual = BigDecimal.valueOf(Math.min(tenths, 1000), 1).stripTrailingZeros().toPlainString() + "%";
    if (tenths < target * 10) {
      actual += "  偏差原因 \"" + pick(Vocabulary.REASONS) + "\"";
    }
    row(unique("公众满意度"), "≥" + target + "%", "", actual, percent(90, 99) + "  预计 " + target + "%  可能性 有可能  偏差原因 "
        + pick(Vocabulary.REASON_CATEGORIES) + " \"" + pick(Vocabulary.REASONS) + "\"");
  }

  private void row(String name, String target, String options, String actual, String toDate) {
    rows.add(new Row(name, actual, toDate));
    out.append("        ").append(nameText(name)).append('：').append(target).append(options).append('\n');
  }

  private void selfEvaluation(String code) {
    BigDecimal spent = budget.multiply(BigDecimal.valueOf(90 + random.nextInt(11))).divide(BigDecimal.valueOf(100), 2,
        RoundingMode.HALF_UP);
    out.append("自评 \"").append(code).append("\" {\n");
    out.append("  年初预算数 ").append(budget).append("\n  全年预算数 ").append(budget).append("\n  全年执行数 ").append(spent).append('\n');
    for (Row r : rows) {
      out.append("  ").append(nameText(r.name())).append('：').append(r.actual()).append('\n');
    }
    out.append("}\n\n");
  }

  private void monitoring(String code) {
    out.append("监控 \"").append(code).append("\" 截至 2025-07-31 {\n");
    out.append("  执行数 ").append(budget.divide(BigDecimal.valueOf(2), 2, RoundingMode.HALF_UP)).append('\n');
    for (int i = 0; i < rows.size(); i += 3) {
      Row r = rows.get(i);
      out.append("  ").append(nameText(r.name())).append('：').append(r.toDate()).append('\n');
    }
    out.append("}\n\n");
  }

  /** {@code ≥n unit} as clerks write it: the symbol, or words before or after the number. */
  private String atLeast(int n, String unit) {
    return switch (random.nextInt(7)) {
      case 0, 1 -> "≥" + n + " " + unit;
      case 2 -> "≥" + n + unit;
      case 3 -> (unit.equals("%") ? "不低于" : "不少于") + n + unit;
      case 4 -> n + unit + "以上";
      case 5 -> n + " " + unit + "及以上";
      default -> "至少" + n + unit;
    };
  }

  private String optionalDescription() {
    return random.nextInt(4) == 0 ? " 描述 \"" + pick(Vocabulary.GOAL_SENTENCES) + "\"" : "";
  }

  /** A name unique within the project: a repeated pick gets a number in brackets (and so quotes). */
  private String unique(String name) {
    String n = name;
    for (int i = 2; !usedNames.add(n); i++) {
      n = name + "（" + i + "）";
    }
    return n;
  }

  /** Names as clerks write them: bare when they can be, quoted otherwise (and sometimes anyway). */
  private String nameText(String name) {
    boolean bare = name.codePoints().allMatch(Character::isLetterOrDigit) && !Keyword.isKeyword(name)
        && !Character.isDigit(name.charAt(0)) && random.nextInt(3) != 0;
    return bare ? name : "\"" + name + "\"";
  }

  private String percent(int low, int high) {
    int tenths = low * 10 + random.nextInt((high - low) * 10 + 1);
    return BigDecimal.valueOf(tenths, 1).stripTrailingZeros().toPlainString() + "%";
  }

  private BigDecimal money(int low, int high) {
    return BigDecimal.valueOf(low * 100L + random.nextInt((high - low) * 100), 2);
  }

  private String pick(List<String> words) {
    return words.get(random.nextInt(words.size()));
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
