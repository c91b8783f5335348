package dev.perf.dsl.build;

import java.time.MonthDay;
import java.util.Map;
import java.util.Optional;

/** Spending-plan periods written in words, as quarterly plans do: 一季度 = 3月底, 上半年 = 6月底, 年底 = 12月底. */
final class PeriodWords {
  private static final MonthDay Q1 = MonthDay.of(3, 31);
  private static final MonthDay Q2 = MonthDay.of(6, 30);
  private static final MonthDay Q3 = MonthDay.of(9, 30);
  private static final MonthDay Q4 = MonthDay.of(12, 31);

  private static final Map<String, MonthDay> WORDS = Map.ofEntries(
      Map.entry("一季度", Q1), Map.entry("第一季度", Q1), Map.entry("一季度末", Q1), Map.entry("Q1", Q1),
      Map.entry("二季度", Q2), Map.entry("第二季度", Q2), Map.entry("二季度末", Q2), Map.entry("Q2", Q2),
      Map.entry("上半年", Q2), Map.entry("年中", Q2),
      Map.entry("三季度", Q3), Map.entry("第三季度", Q3), Map.entry("三季度末", Q3), Map.entry("Q3", Q3),
      Map.entry("前三季度", Q3),
      Map.entry("四季度", Q4), Map.entry("第四季度", Q4), Map.entry("四季度末", Q4), Map.entry("Q4", Q4),
      Map.entry("全年", Q4), Map.entry("年底", Q4), Map.entry("年末", Q4));

  private PeriodWords() {}

  /** The last day of the period {@code word} names. */
  static Optional<MonthDay> end(String word) {
    return Optional.ofNullable(WORDS.get(word));
  }
}
