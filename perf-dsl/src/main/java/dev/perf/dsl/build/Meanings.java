package dev.perf.dsl.build;

import dev.perf.dsl.DslRule;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Gives a {@link Value} its meaning: a target in an indicator table, an actual in an evaluation. */
final class Meanings {
  private final BuildContext bc;

  Meanings(BuildContext bc) {
    this.bc = bc;
  }

  Optional<Target> target(Value v) {
    if (v instanceof Value.Compared c) {
      return comparedTarget(c);
    }
    if (v instanceof Value.Ranged r) {
      return Optional.of(new Range(r.low(), r.high(), r.unit()));
    }
    if (v instanceof Value.Amount a) {
      return Optional.of(new Exact(a.quantity()));
    }
    if (v instanceof Value.DateValue d) {
      return Optional.of(new Deadline(d.date()));
    }
    if (v instanceof Value.Word w) {
      if (w.rate().isPresent()) {
        bc.report(DslRule.RATE_ON_TEXT, bc.span(w.at()), "文字指标值“" + w.word() + "”后不能跟数值",
            "a qualitative target '" + w.word() + "' cannot be followed by a number",
            "数值指标写作 ≥90%，文字指标只写文字", "write a number target as ≥90%, or only the words");
        return Optional.empty();
      }
      return Optional.of(new Qualitative(w.word()));
    }
    if (v instanceof Value.Text t) {
      if (t.text().isBlank()) {
        bc.report(DslRule.EMPTY_TEXT, bc.span(t.at()), "指标值为空", "the target is empty",
            "写出指标值，例如 ≥30 场 或 \"及时完成\"", "write a target such as ≥30 场 or \"及时完成\"");
        return Optional.empty();
      }
      return Optional.of(new Qualitative(t.text()));
    }
    return Optional.empty();
  }

  private Optional<Target> comparedTarget(Value.Compared c) {
    Value operand = c.operand();
    if (operand instanceof Value.Amount a) {
      return Optional.of(new Comparison(c.comparator(), a.quantity()));
    }
    if (operand instanceof Value.DateValue d) {
      if (c.comparator() == Comparator.AT_MOST) {
        return Optional.of(new Deadline(d.date()));
      }
      bc.report(DslRule.DATE_COMPARATOR, bc.span(c.at()), "日期指标值只能写作截止时间（≤ 日期）",
          "a date target can only be a deadline (≤ date)",
          "写作 ≤ " + d.date() + " 或 " + d.date().getYear() + "年" + d.date().getMonthValue() + "月"
              + d.date().getDayOfMonth() + "日前",
          "write ≤ " + d.date());
      return Optional.empty();
    }
    if (operand instanceof Value.Text t) {
      bc.report(DslRule.COMPARATOR_ON_TEXT, bc.span(c.at()), "比较符号不能用于文字“" + t.text() + "”",
          "a comparison operator cannot apply to the words '" + t.text() + "'",
          "去掉比较符号，或写出数值，例如 ≥30 场", "drop the operator, or write a number such as ≥30 场");
    }
    return Optional.empty();
  }

  Optional<Actual> actual(Value v) {
    if (v instanceof Value.Amount a) {
      return Optional.of(new Measured(a.quantity()));
    }
    if (v instanceof Value.DateValue d) {
      return Optional.of(new OnDate(d.date()));
    }
    if (v instanceof Value.Word w) {
      return graded(w.word(), w.rate(), w);
    }
    if (v instanceof Value.Text t) {
      return graded(t.text(), Optional.empty(), t);
    }
    if (v instanceof Value.Compared || v instanceof Value.Ranged) {
      bc.report(DslRule.ACTUAL_OPERATOR, bc.span(v.at()), "实际完成值应是一个值，不能带比较符号或写成区间",
          "an actual is a single value, without an operator or a range",
          "写实际数，例如 34 场 或 99%", "write what was achieved, e.g. 34 场 or 99%");
    }
    return Optional.empty();
  }

  private Optional<Actual> graded(String word, Optional<Quantity> rate, Value at) {
    if (NotApplicable.SPELLINGS.contains(word)) {
      if (rate.isPresent()) {
        bc.report(DslRule.RATE_ON_TEXT, bc.span(at.at()), "“不适用”后不能跟数值", "'不适用' cannot be followed by a number",
            "删去数值", "remove the number");
      }
      return Optional.of(new NotApplicable());
    }
    Optional<Grade> grade = Grade.fromWord(word);
    if (grade.isEmpty()) {
      List<String> spellings = new ArrayList<>();
      for (Grade g : Grade.values()) {
        spellings.addAll(g.spellings());
      }
      spellings.addAll(NotApplicable.SPELLINGS);
      String suggestion = DidYouMean.closest(word, spellings).map(s -> "是否想写“" + s + "”？").orElse("");
      String suggestionEn = DidYouMean.closest(word, spellings).map(s -> "did you mean '" + s + "'? ").orElse("");
      bc.report(DslRule.UNKNOWN_GRADE, bc.span(at.at()), "“" + word + "”不是实际完成值",
          "'" + word + "' is not an actual value",
          suggestion + "实际完成值写数值（34 场）、日期，或 达成／部分达成／未达成／不适用",
          suggestionEn + "write a measurement (34 场), a date, or 达成/部分达成/未达成/不适用 (achieved/partial/missed/na)");
      return Optional.empty();
    }
    Optional<BigDecimal> percent = Optional.empty();
    if (rate.isPresent()) {
      Quantity r = rate.get();
      if (r.unit() != Unit.PERCENT || r.value().signum() < 0) {
        bc.report(DslRule.RATE_ON_TEXT, bc.span(at.at()), "完成程度应写作百分比，例如 " + word + " 75%",
            "the rate of a grade is a percentage, e.g. " + word + " 75%",
            "在数字后加 %", "add % after the number");
        return Optional.empty();
      }
      percent = Optional.of(r.value());
    }
    return Optional.of(new Graded(grade.get(), percent));
  }
}
