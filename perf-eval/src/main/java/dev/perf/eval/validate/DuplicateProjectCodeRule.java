package dev.perf.eval.validate;

import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** PERF-E204: two projects of one document with the same code; points back at the first. */
public final class DuplicateProjectCodeRule extends AbstractRule {
  /** The rule. */
  public DuplicateProjectCodeRule() {
    super("PERF-E204", Severity.ERROR,
        Message.of("项目编码重复", "duplicate project code"),
        Message.of("每个项目编码只能出现一次：合并两个项目或改正编码", "each project code may appear once: merge the projects or correct the code"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    Map<String, Project> first = new HashMap<>();
    for (Project p : context.projects()) {
      Project earlier = first.putIfAbsent(p.code(), p);
      if (earlier != null) {
        Diagnostic d = at(context, Message.of("项目编码「" + p.code() + "」重复", "project code " + p.code() + " appears twice"),
            p, "code");
        Message note = Message.of("首次出现在这里", "first used here");
        out.add(context.span(earlier, "code").map(s -> d.withRelated(s, note)).orElse(d));
      }
    }
    return out;
  }
}
