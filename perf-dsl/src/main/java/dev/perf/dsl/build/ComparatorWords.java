package dev.perf.dsl.build;

import dev.perf.model.target.Comparator;
import java.util.Map;
import java.util.Optional;

/**
 * Comparisons written in words, as many published tables do: 不低于95%, 不少于30场, 不超过22万元,
 * 控制在22万元以内. Each phrase means one {@link Comparator}.
 */
final class ComparatorWords {
  private static final Map<String, Comparator> PHRASES = Map.ofEntries(
      Map.entry("不低于", Comparator.AT_LEAST), Map.entry("不少于", Comparator.AT_LEAST),
      Map.entry("不小于", Comparator.AT_LEAST), Map.entry("大于等于", Comparator.AT_LEAST),
      Map.entry("大于或等于", Comparator.AT_LEAST), Map.entry("至少", Comparator.AT_LEAST),
      Map.entry("达到", Comparator.AT_LEAST),
      Map.entry("不高于", Comparator.AT_MOST), Map.entry("不超过", Comparator.AT_MOST),
      Map.entry("不多于", Comparator.AT_MOST), Map.entry("不大于", Comparator.AT_MOST),
      Map.entry("小于等于", Comparator.AT_MOST), Map.entry("小于或等于", Comparator.AT_MOST),
      Map.entry("至多", Comparator.AT_MOST), Map.entry("最多", Comparator.AT_MOST),
      Map.entry("控制在", Comparator.AT_MOST),
      Map.entry("大于", Comparator.MORE_THAN), Map.entry("高于", Comparator.MORE_THAN),
      Map.entry("多于", Comparator.MORE_THAN), Map.entry("超过", Comparator.MORE_THAN),
      Map.entry("小于", Comparator.LESS_THAN), Map.entry("低于", Comparator.LESS_THAN),
      Map.entry("少于", Comparator.LESS_THAN));

  private ComparatorWords() {}

  static Optional<Comparator> of(String phrase) {
    return Optional.ofNullable(PHRASES.get(phrase));
  }

  /** Every phrase, for the language reference. */
  static java.util.Set<String> phrases() {
    return PHRASES.keySet();
  }
}
