package dev.perf.eval.score;

import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.util.Optional;

/**
 * Whether an actual can be held against a target. A grade and 不适用 fit every target; a
 * measurement fits a numeric target in a comparable unit (same family, or the same unit word); a
 * date fits a deadline. Anything else is a mismatch, reported, never guessed.
 */
public final class Comparability {
  private Comparability() {}

  /** Why {@code actual} cannot be compared with {@code target}; empty if it can. */
  public static Optional<Message> problem(Target target, Actual actual) {
    if (actual instanceof Graded || actual instanceof NotApplicable) {
      return Optional.empty();
    }
    if (actual instanceof Measured m) {
      Optional<Unit> unit = unitOf(target);
      if (unit.isEmpty()) {
        return Optional.of(Message.of(
            "指标值为" + formZh(target) + "，完成值 " + m.value() + " 是数值，应填写" + (target instanceof Deadline ? "完成日期" : "评级（达成/部分达成/未达成）"),
            "the target is " + formEn(target) + " but the actual " + m.value() + " is a number; write "
                + (target instanceof Deadline ? "the completion date" : "a grade (达成/部分达成/未达成)")));
      }
      if (!m.value().isComparableWith(unit.get())) {
        return Optional.of(Message.of(
            "完成值单位「" + unitText(m.value().unit()) + "」无法与指标值单位「" + unitText(unit.get()) + "」比较",
            "the actual's unit '" + unitText(m.value().unit()) + "' cannot be compared with the target's unit '"
                + unitText(unit.get()) + "'"));
      }
      return Optional.empty();
    }
    OnDate d = (OnDate) actual;
    if (target instanceof Deadline) {
      return Optional.empty();
    }
    return Optional.of(Message.of(
        "指标值为" + formZh(target) + "，完成值 " + d.date() + " 是日期",
        "the target is " + formEn(target) + " but the actual " + d.date() + " is a date"));
  }

  /** True if {@code actual} can be compared with {@code target}. */
  public static boolean comparable(Target target, Actual actual) {
    return problem(target, actual).isEmpty();
  }

  /** The unit of a numeric target; empty for deadlines and qualitative targets. */
  public static Optional<Unit> unitOf(Target target) {
    if (target instanceof Comparison c) {
      return Optional.of(c.bound().unit());
    }
    if (target instanceof Exact e) {
      return Optional.of(e.value().unit());
    }
    if (target instanceof Range r) {
      return Optional.of(r.unit());
    }
    return Optional.empty();
  }

  private static String unitText(Unit unit) {
    return unit.symbol().isEmpty() ? "无单位" : unit.symbol();
  }

  private static String formZh(Target target) {
    if (target instanceof Deadline) {
      return "完成时限";
    }
    if (target instanceof Qualitative) {
      return "定性指标";
    }
    return "数值";
  }

  private static String formEn(Target target) {
    if (target instanceof Deadline) {
      return "a deadline";
    }
    if (target instanceof Qualitative) {
      return "qualitative";
    }
    return "a number";
  }
}
