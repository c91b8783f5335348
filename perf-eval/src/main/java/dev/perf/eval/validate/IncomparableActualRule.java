package dev.perf.eval.validate;

import dev.perf.eval.score.Comparability;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-E304: an actual (or projection) that cannot be compared with its target: a unit of another
 * family ({@code 场} against {@code %}), a number against a deadline or a qualitative target, a
 * date against a number. Convertible units (元/万元/亿元, %/‰) are fine.
 */
public final class IncomparableActualRule extends AbstractRule {
  /** The rule. */
  public IncomparableActualRule() {
    super("PERF-E304", Severity.ERROR,
        Message.of("完成值无法与指标值比较", "actual cannot be compared with the target"),
        Message.of("用指标值的单位（或可换算的单位）填写完成值；定性指标填写达成/部分达成/未达成，时限指标填写完成日期",
            "write the actual in the target's unit (or a convertible one); grade qualitative targets (达成/部分达成/未达成); date deadlines"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (RecordRow r : context.recordRows()) {
      if (r.indicator().isEmpty()) {
        continue;
      }
      Optional<Message> problem = Comparability.problem(r.indicator().get().target(), r.actual());
      if (problem.isPresent()) {
        Message m = problem.get();
        out.add(at(context, Message.of("「" + r.name() + "」：" + m.zh(), "'" + r.name() + "': " + m.en()),
            r.row(), r.property()));
      }
    }
    return out;
  }
}
