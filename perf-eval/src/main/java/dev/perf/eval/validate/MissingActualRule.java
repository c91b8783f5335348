package dev.perf.eval.validate;

import dev.perf.model.Indicator;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-E303: a self-evaluation that leaves an indicator of its project without an actual. (A
 * monitoring record may cover only some indicators, so it is not checked.)
 */
public final class MissingActualRule extends AbstractRule {
  /** The rule. */
  public MissingActualRule() {
    super("PERF-E303", Severity.ERROR,
        Message.of("自评缺少指标的完成值", "self-evaluation leaves an indicator without an actual"),
        Message.of("为每项指标填写完成值；确实不适用的写「不适用」", "give every indicator an actual; write 不适用 where it truly does not apply"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (SelfEvaluation s : context.selfEvaluations()) {
      Optional<Project> project = context.project(s.projectCode());
      if (project.isEmpty() || project.get().indicators().isEmpty()) {
        continue;
      }
      RecordIndex rows = context.rows(s);
      for (TableEntry e : context.table(project.get().indicators().get()).entries()) {
        Indicator i = e.indicator();
        if (!rows.reports(i.name())) {
          out.add(at(context, Message.of(
              "项目「" + s.projectCode() + "」的自评缺少「" + i.name() + "」的完成值",
              "the self-evaluation of project " + s.projectCode() + " has no actual for '" + i.name() + "'"),
              s, "end"));
        }
      }
    }
    return out;
  }
}
