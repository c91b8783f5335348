package dev.perf.eval.validate;

import dev.perf.eval.policy.GradeBand;
import dev.perf.eval.score.GradeScorer;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.evaluation.Graded;
import java.util.ArrayList;
import java.util.List;

/**
 * PERF-E305: a grade whose rate lies outside the grade's band under the policy (达成 [80, 100],
 * 部分达成 [60, 80), 未达成 [0, 60) by default), e.g. {@code 部分达成 85%}.
 */
public final class GradeBandRule extends AbstractRule {
  /** The rule. */
  public GradeBandRule() {
    super("PERF-E305", Severity.ERROR,
        Message.of("评级比例超出该等级的区间", "grade rate outside its band"),
        Message.of("达成 80%–100%，部分达成 60%–80%（不含 80%），未达成 0–60%（不含 60%）",
            "达成 80–100%, 部分达成 60–80% (80 excluded), 未达成 0–60% (60 excluded)"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (RecordRow r : context.recordRows()) {
      if (r.actual() instanceof Graded g && g.ratePercent().isPresent()) {
        GradeBand band = context.policy().band(g.grade());
        if (!band.contains(g.ratePercent().get())) {
          Message m = GradeScorer.outOfBand(g.grade(), g.ratePercent().get(), band);
          out.add(at(context, Message.of("「" + r.name() + "」：" + m.zh(), "'" + r.name() + "': " + m.en()),
              r.row(), r.property()));
        }
      }
    }
    return out;
  }
}
