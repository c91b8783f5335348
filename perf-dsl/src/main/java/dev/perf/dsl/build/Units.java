package dev.perf.dsl.build;

import dev.perf.dsl.DslRule;
import dev.perf.dsl.grammar.PerfBaseParser;
import dev.perf.model.quantity.Unit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.List;
import java.util.Set;

/** Reads unit words and warns about likely typos of common units. */
final class Units {
  /** Unit words seen in published tables; a word one character away from one of these is suspect. */
  static final Set<String> COMMON = common();
  /** The unit of each common word, made once: most rows of a table have one. */
  private static final Map<String, Unit> COMMON_UNITS = commonUnits();

  private Units() {}

  private static Set<String> common() {
    Set<String> s = new HashSet<>(Unit.knownUnits().keySet());
    s.addAll(List.of("场", "次", "人次", "万人次", "个", "件", "天", "日", "个工作日", "工作日", "小时", "分钟",
        "月", "个月", "年", "周", "人", "万人", "户", "家", "所", "篇", "期", "项", "套", "台", "辆", "张",
        "份", "册", "条", "批", "座", "处", "平方米", "平方公里", "立方米", "亩", "万亩", "公顷", "千瓦",
        "万千瓦时", "所学校", "个村", "元/人", "分", "课时", "学时", "节", "门", "班", "床", "株", "头", "只"));
    return Set.copyOf(s);
  }

  private static Map<String, Unit> commonUnits() {
    Map<String, Unit> units = new HashMap<>();
    for (String word : COMMON) {
      units.put(word, Unit.of(word));
    }
    return Map.copyOf(units);
  }

  static Unit read(PerfBaseParser.UnitContext ctx, BuildContext bc) {
    // A unit is one token: its type says which.
    org.antlr.v4.runtime.Token t = ctx.getStart();
    int type = t.getType();
    if (type == PerfBaseParser.PERCENT) {
      return Unit.PERCENT;
    }
    if (type == PerfBaseParser.PERMILLE) {
      return Unit.PERMILLE;
    }
    boolean isWord = type == PerfBaseParser.WORD;
    String word = type == PerfBaseParser.STRING ? Literals.text(t) : isWord ? t.getText() : ctx.getText();
    Unit common = COMMON_UNITS.get(word);
    if (common != null) {
      return common;
    }
    if (word.isBlank()) {
      bc.report(DslRule.EMPTY_TEXT, bc.span(ctx), "单位为空", "the unit is empty", "删去引号，或写出单位", "remove the quotes or write a unit");
      return Unit.NONE;
    }
    Unit unit = Unit.of(word);
    if (!COMMON.contains(word) && isWord) {
      suspect(word).ifPresent(s -> bc.report(DslRule.UNKNOWN_UNIT, bc.span(ctx),
          "单位“" + word + "”可能拼写有误", "the unit '" + word + "' may be misspelt",
          "是否想写“" + s + "”？", "did you mean '" + s + "'?"));
    }
    return unit;
  }

  /** A common unit of the same length that differs from {@code word} in exactly one character. */
  static java.util.Optional<String> suspect(String word) {
    int len = word.codePointCount(0, word.length());
    if (len < 2) {
      return java.util.Optional.empty();
    }
    // Units with conversions (万元, 千米 …) first: a typo there changes amounts.
    return COMMON.stream()
        .filter(c -> c.codePointCount(0, c.length()) == len)
        .filter(c -> dev.perf.model.diagnostic.DidYouMean.distance(word, c) == 1)
        .sorted(java.util.Comparator.comparing((String c) -> Unit.known(c).isEmpty()).thenComparing(c -> c))
        .findFirst();
  }
}
