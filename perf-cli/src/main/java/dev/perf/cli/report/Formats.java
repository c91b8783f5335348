package dev.perf.cli.report;

import dev.perf.cli.Texts;
import dev.perf.dsl.print.PerfPrinter;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** How numbers, targets, actuals and reasons are written in reports. */
public final class Formats {
  private final Texts texts;

  public Formats(Texts texts) {
    this.texts = texts;
  }

  /** Two decimals, HALF_UP, e.g. {@code 19.60}. */
  public static String fixed(BigDecimal v) {
    return v.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** An amount as written (its own scale), e.g. {@code 20.00}; at least two decimals. */
  public static String money(BigDecimal v) {
    return v.scale() < 2 ? v.setScale(2, RoundingMode.UNNECESSARY).toPlainString() : v.toPlainString();
  }

  /** A percentage with two decimals and a sign, e.g. {@code 98.00%}. */
  public static String percent(BigDecimal v) {
    return fixed(v) + "%";
  }

  /** A plain number without trailing zeros, e.g. {@code 12.5}. */
  public static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }

  /** An optional amount, or a dash. */
  public static String money(Optional<BigDecimal> v) {
    return v.map(Formats::money).orElse("—");
  }

  /** A target in its canonical DSL spelling, e.g. {@code ≥30 场}. */
  public static String target(Target t) {
    return PerfPrinter.target(t);
  }

  /** An actual: a measurement as written (19.60 万元), a date, a grade with its rate, or 不适用. */
  public String actual(Actual a) {
    if (a instanceof Measured) {
      Measured m = (Measured) a;
      String sym = m.value().unit().symbol();
      return m.value().value().toPlainString() + (sym.isEmpty() || sym.equals("%") || sym.equals("‰") ? sym : " " + sym);
    }
    if (a instanceof OnDate) {
      return ((OnDate) a).date().toString();
    }
    if (a instanceof Graded) {
      Graded g = (Graded) a;
      String word = texts.zh() ? g.grade().chinese() : g.grade().english();
      return word + g.ratePercent().map(r -> " " + plain(r) + "%").orElse("");
    }
    if (a instanceof NotApplicable) {
      return texts.t("不适用", "n/a");
    }
    return a.toString();
  }

  /** A deviation reason: its category in brackets, then its text. */
  public String reason(DeviationReason r) {
    String cat = r.category().map(c -> texts.zh() ? c.chinese() : c.english()).map(c -> "【" + c + "】").orElse("");
    return cat + r.text().orElse("");
  }

  /** 是/否 or yes/no. */
  public String yesNo(boolean b) {
    return b ? texts.t("是", "yes") : texts.t("否", "no");
  }
}
