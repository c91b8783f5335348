package dev.perf.dsl.build;

import dev.perf.model.quantity.Quantity;
import dev.perf.model.source.SourceSpan;
import dev.perf.model.target.Comparator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A value as written, before it is read as a target or as an actual: the two share one grammar,
 * and what a value means depends on where it stands.
 */
sealed interface Value {
  SourceSpan span();

  /** {@code ≥30 场}; {@code operand} is any other value form. */
  record Compared(Comparator comparator, Value operand, boolean mistyped, SourceSpan span) implements Value {}

  /** {@code 40%～45%}, {@code [2, 4] 个工作日}; invalid ranges were reported and are empty. */
  record Ranged(BigDecimal low, BigDecimal high, dev.perf.model.quantity.Unit unit, SourceSpan span) implements Value {}

  /** {@code 30 场}, {@code 98%}. */
  record Amount(Quantity quantity, SourceSpan span) implements Value {}

  /** {@code 2025-06-30}; {@code before} when written {@code 2025年6月30日前}. */
  record DateValue(LocalDate date, boolean before, SourceSpan span) implements Value {}

  /** A bare word, optionally followed by a rate: {@code 及时完成}, {@code 部分达成 75%}. */
  record Word(String word, Optional<Quantity> rate, SourceSpan span) implements Value {}

  /** Quoted text. */
  record Text(String text, SourceSpan span) implements Value {}

  /** A value that could not be read; its error has been reported. */
  record Invalid(SourceSpan span) implements Value {}
}
