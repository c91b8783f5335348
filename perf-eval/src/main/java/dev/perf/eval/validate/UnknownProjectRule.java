package dev.perf.eval.validate;

import dev.perf.model.DocumentItem;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;

/** PERF-E301: a self-evaluation or monitoring record naming a project the document does not hold. */
public final class UnknownProjectRule extends AbstractRule {
  /** The rule. */
  public UnknownProjectRule() {
    super("PERF-E301", Severity.ERROR,
        Message.of("自评或监控记录的项目不存在", "record names an unknown project"),
        Message.of("使用本文件中某个项目的编码", "use the code of a project in this file"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    List<String> codes = null; // for the did-you-mean hint, only once something is reported
    for (DocumentItem item : context.document().items()) {
      if (!(item instanceof SelfEvaluation || item instanceof Monitoring) || context.project(item.code()).isPresent()) {
        continue;
      }
      String kindZh = item instanceof SelfEvaluation ? "自评" : "监控";
      String kindEn = item instanceof SelfEvaluation ? "self-evaluation" : "monitoring record";
      codes = codes == null ? context.projects().stream().map(Project::code).toList() : codes;
      Message message = Message.of(kindZh + "记录的项目「" + item.code() + "」不存在",
          "the " + kindEn + " names project " + item.code() + ", which this file does not have");
      out.add(diagnostic(message, context.span(item, "code", "projectCode"), DidYouMean.closest(item.code(), codes)
          .map(c -> Message.of("是否应为「" + c + "」？", "did you mean " + c + "?")).orElse(hint())));
    }
    return out;
  }
}
