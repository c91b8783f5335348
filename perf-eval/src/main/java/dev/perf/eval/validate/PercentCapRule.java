package dev.perf.eval.validate;

import dev.perf.model.Monitoring;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.monitoring.MonitoringRow;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.quantity.UnitFamily;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-W205: a percentage that cannot exceed 100 — an indicator whose name says it is a share
 * (满意度, 合格率, 覆盖率, 处置率 …; see {@link #CAPPED_WORDS}) — written above 100%, in a target or in
 * an actual of a self-evaluation or monitoring record.
 */
public final class PercentCapRule extends AbstractRule {
  /** Name parts of indicators that are shares of a whole and so at most 100%. */
  public static final List<String> CAPPED_WORDS = List.of(
      "满意度", "满意率", "合格率", "覆盖率", "处置率", "达标率", "完成率", "知晓率", "及格率", "准确率", "正确率",
      "到位率", "执行率", "及时率", "办结率", "归档率", "通过率", "参与率", "入学率", "验收率", "受益率", "响应率");

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  /** The last characters of the capped words (率, 度): a name without one of them names no share. */
  private static final String LAST_CHARACTERS = lastCharacters();

  /** The rule. */
  public PercentCapRule() {
    super("PERF-W205", Severity.WARNING,
        Message.of("比例超过 100%", "percentage above 100%"),
        Message.of("满意度、合格率、覆盖率等比例不会超过 100%：核对数值", "shares such as 满意度, 合格率, 覆盖率 cannot exceed 100%: check the figure"));
  }

  /** True if {@code name} names a share that cannot exceed 100%. */
  public static boolean isCapped(String name) {
    if (!hasAnyOf(name, LAST_CHARACTERS)) {
      return false; // most names: no 率 or 度, no need to try the words one by one
    }
    for (String word : CAPPED_WORDS) {
      if (name.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String lastCharacters() {
    StringBuilder out = new StringBuilder();
    for (String word : CAPPED_WORDS) {
      char last = word.charAt(word.length() - 1);
      if (out.indexOf(String.valueOf(last)) < 0) {
        out.append(last);
      }
    }
    return out.toString();
  }

  private static boolean hasAnyOf(String name, String characters) {
    for (int i = 0; i < characters.length(); i++) {
      if (name.indexOf(characters.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.indicators().isEmpty()) {
        continue;
      }
      for (TableEntry e : context.table(owner.indicators().get()).entries()) {
        if (isCapped(e.indicator().name())) {
          above(e.indicator().target()).ifPresent(v -> out.add(at(context, message(e.indicator().name(), "指标值", "target", v),
              e.indicator(), "target")));
        }
      }
    }
    for (SelfEvaluation s : context.selfEvaluations()) {
      for (ActualRow r : s.rows()) {
        if (isCapped(r.indicator())) {
          above(r.actual()).ifPresent(v -> out.add(at(context, message(r.indicator(), "完成值", "actual", v), r, "value")));
        }
      }
    }
    for (Monitoring m : context.monitorings()) {
      for (MonitoringRow r : m.rows()) {
        if (isCapped(r.indicator())) {
          above(r.toDate()).ifPresent(v -> out.add(at(context, message(r.indicator(), "完成值", "value to date", v), r, "value")));
          r.projected().flatMap(PercentCapRule::above).ifPresent(v -> out.add(
              at(context, message(r.indicator(), "预计值", "projection", v), r, "projected")));
        }
      }
    }
    return out;
  }

  private static Message message(String name, String whatZh, String whatEn, BigDecimal percent) {
    return Message.of("「" + name + "」的" + whatZh + " " + percent.toPlainString() + "% 超过 100%",
        "the " + whatEn + " " + percent.toPlainString() + "% of '" + name + "' is above 100%");
  }

  private static Optional<BigDecimal> above(Target target) {
    if (target instanceof Comparison c) {
      return above(c.bound());
    }
    if (target instanceof Exact e) {
      return above(e.value());
    }
    if (target instanceof Range r) {
      return above(r.highQuantity());
    }
    return Optional.empty();
  }

  private static Optional<BigDecimal> above(Actual actual) {
    return actual instanceof Measured m ? above(m.value()) : Optional.empty();
  }

  private static Optional<BigDecimal> above(Quantity q) {
    if (q.unit().family() != UnitFamily.RATIO) {
      return Optional.empty();
    }
    return q.valueIn(Unit.PERCENT).filter(p -> p.compareTo(HUNDRED) > 0);
  }
}
