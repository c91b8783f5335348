package dev.perf.eval.validate;

import dev.perf.model.Indicator;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** PERF-E302: a row of a self-evaluation or monitoring record naming an indicator its project's table does not have. */
public final class UnknownIndicatorRule extends AbstractRule {
  /** The rule. */
  public UnknownIndicatorRule() {
    super("PERF-E302", Severity.ERROR,
        Message.of("记录中的指标不在项目指标表中", "record names an unknown indicator"),
        Message.of("指标名称须与项目指标表中的名称完全一致", "use the indicator's name exactly as in the project's table"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    Map<Object, Boolean> seen = null; // a monitoring row with a projection comes twice: report it once
    for (RecordRow r : context.recordRows()) {
      if (r.indicator().isPresent()) {
        continue;
      }
      seen = seen == null ? new IdentityHashMap<>() : seen;
      if (seen.put(r.row(), Boolean.TRUE) != null) {
        continue;
      }
      List<String> names = r.project().indicators().map(t -> t.indicators().map(Indicator::name).toList()).orElse(List.of());
      out.add(diagnostic(Message.of(
              "项目「" + r.project().code() + "」的指标表中没有「" + r.name() + "」",
              "the table of project " + r.project().code() + " has no indicator '" + r.name() + "'"),
          context.span(r.row(), "name"), DidYouMean.closest(r.name(), names)
              .map(n -> Message.of("是否应为「" + n + "」？", "did you mean '" + n + "'?")).orElse(hint())));
    }
    return out;
  }
}
