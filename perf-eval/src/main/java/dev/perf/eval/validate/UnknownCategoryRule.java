package dev.perf.eval.validate;

import dev.perf.eval.framework.CategoryNames;
import dev.perf.model.Category;
import dev.perf.model.FirstLevel;
import dev.perf.model.Framework;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.diagnostic.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * PERF-W203: a first- or second-level category name that the table's framework (2020 by default, or
 * the one named with {@code 框架}) does not have, with the nearest known name as a hint. Names match
 * with or without the trailing 指标.
 */
public final class UnknownCategoryRule extends AbstractRule {
  /** The rule. */
  public UnknownCategoryRule() {
    super("PERF-W203", Severity.WARNING,
        Message.of("指标类别不在所选框架中", "category not in the chosen framework"),
        Message.of("使用框架中的类别名称：产出（数量/质量/时效/成本）、效益（经济/社会/生态/可持续影响）、满意度（服务对象满意度）",
            "use the framework's names: 产出 (数量/质量/时效/成本), 效益 (经济/社会/生态/可持续影响), 满意度 (服务对象满意度)"));
  }

  @Override
  public List<Diagnostic> check(ValidationContext context) {
    List<Diagnostic> out = new ArrayList<>();
    for (TableOwner owner : context.owners()) {
      if (owner.indicators().isEmpty()) {
        continue;
      }
      Framework f = owner.indicators().get().effectiveFramework();
      for (Category c : owner.indicators().get().categories()) {
        Optional<FirstLevel> level = f.firstLevel(c.name().strip());
        if (level.isEmpty()) {
          out.add(unknownFirstLevel(context, f, c));
          level = CategoryNames.suggestFirstLevel(f, c.name()).flatMap(f::firstLevel);
        }
        if (level.isEmpty()) {
          continue;
        }
        for (SubCategory s : c.subCategories()) {
          if (!f.hasSecondLevel(level.get(), s.name().strip())) {
            out.add(unknownSecondLevel(context, f, level.get(), s));
          }
        }
      }
    }
    return out;
  }

  private Diagnostic unknownFirstLevel(ValidationContext context, Framework f, Category c) {
    Message message = Message.of(
        "一级指标「" + c.name() + "」不在 " + f.year() + " 框架中",
        "first-level category '" + c.name() + "' is not in the " + f.year() + " framework");
    Optional<FirstLevel> elsewhere = CategoryNames.firstLevel(c.name());
    if (elsewhere.isPresent()) {
      return diagnostic(message, context.span(c, "name"), Message.of(
          "「" + elsewhere.get().chineseName() + "」是 2021 框架的一级指标：写「框架 2021」，或把它作为产出指标下的二级指标",
          "'" + elsewhere.get().chineseName() + "' is first-level in the 2021 framework: write 框架 2021, or move it under 产出指标"));
    }
    return diagnostic(message, context.span(c, "name"), CategoryNames.suggestFirstLevel(f, c.name())
        .map(s -> Message.of("是否应为「" + s + "」？", "did you mean '" + s + "'?"))
        .orElse(hint()));
  }

  private Diagnostic unknownSecondLevel(ValidationContext context, Framework f, FirstLevel level, SubCategory s) {
    Message message = Message.of(
        "二级指标「" + s.name() + "」不在 " + f.year() + " 框架的" + level.chineseName() + "下",
        "second-level category '" + s.name() + "' is not under " + level.chineseName() + " in the " + f.year() + " framework");
    Optional<FirstLevel> owner = CategoryNames.ownerOfSecondLevel(f, s.name());
    if (owner.isPresent()) {
      return diagnostic(message, context.span(s, "name"), Message.of(
          "「" + Framework.withSuffix(s.name()) + "」属于「" + owner.get().chineseName() + "」",
          "'" + Framework.withSuffix(s.name()) + "' belongs under '" + owner.get().chineseName() + "'"));
    }
    if (f == Framework.F2021 && Framework.withSuffix(s.name().strip()).equals("成本指标")) {
      return diagnostic(message, context.span(s, "name"), Message.of(
          "2021 框架中成本指标是一级指标，下设经济成本/社会成本/生态环境成本指标",
          "in the 2021 framework 成本指标 is first-level, with 经济成本/社会成本/生态环境成本指标 below it"));
    }
    return diagnostic(message, context.span(s, "name"), CategoryNames.suggestSecondLevel(f, level, s.name())
        .map(x -> Message.of("是否应为「" + x + "」？", "did you mean '" + x + "'?"))
        .orElse(hint()));
  }
}
