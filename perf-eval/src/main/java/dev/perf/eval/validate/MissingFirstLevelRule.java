package dev.perf.eval.validate;

import dev.perf.eval.framework.CategoryNames;
import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Framework;
import dev.perf.model.IndicatorTable;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * PERF-W204: an indicator table without one of the framework's first-level categories — 产出, 效益,
 * 满意度, and under the 2021 framework also 成本. A project or department without an indicator table
 * is not checked.
 */
public final class MissingFirstLevelRule extends AbstractRule {
  /** The rule. */
  public MissingFirstLevelRule() {
    super("PERF-W204", Severity.WARNING,
        Message.of("缺少一级指标", "first-level category missing"),
        Message.of("绩效指标表应包含产出、效益、满意度指标（2021 框架另含成本指标）",
            "a table should have 产出, 效益 and 满意度 indicators (and 成本 under the 2021 framework)"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.indicators().isEmpty()) {
        continue;
      }
      IndicatorTable table = owner.indicators().get();
      Framework f = table.effectiveFramework();
      Set<FirstLevel> present = EnumSet.noneOf(FirstLevel.class);
      for (Category c : table.categories()) {
        CategoryNames.resolveFirstLevel(c).ifPresent(present::add);
      }
      for (FirstLevel required : f.categories().keySet()) {
        if (!present.contains(required)) {
          out.add(at(context, Message.of(
              owner.kindZh() + "「" + owner.code() + "」的指标表缺少「" + required.chineseName() + "」",
              "the indicator table of " + owner.kindEn() + " " + owner.code() + " has no '" + required.chineseName() + "'"),
              table));
        }
      }
    }
    return out;
  }
}
