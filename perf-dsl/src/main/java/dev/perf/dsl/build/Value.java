package dev.perf.dsl.build;

import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Comparator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * A value as written, before it is read as a target or as an actual: the two share one grammar,
 * and what a value means depends on where it stands. A value keeps the rule it was read from, and
 * its span is made only if a diagnostic needs it.
 */
sealed interface Value {
  /** Where the value was written. */
  ParserRuleContext at();

  /** {@code ≥30 场}; {@code operand} is any other value form. */
  record Compared(Comparator comparator, Value operand, boolean mistyped, ParserRuleContext at) implements Value {}

  /** {@code 40%～45%}, {@code [2, 4] 个工作日}; invalid ranges were reported and are empty. */
  record Ranged(BigDecimal low, BigDecimal high, dev.perf.model.quantity.Unit unit, ParserRuleContext at) implements Value {}

  /** {@code 30 场}, {@code 98%}. */
  record Amount(Quantity quantity, ParserRuleContext at) implements Value {}

  /** {@code 2025-06-30}; {@code before} when written {@code 2025年6月30日前}. */
  record DateValue(LocalDate date, boolean before, ParserRuleContext at) implements Value {}

  /** A bare word, optionally followed by a rate: {@code 及时完成}, {@code 部分达成 75%}. */
  record Word(String word, Optional<Quantity> rate, ParserRuleContext at) implements Value {}

  /** Quoted text. */
  record Text(String text, ParserRuleContext at) implements Value {}

  /** A value that could not be read; its error has been reported. */
  record Invalid(ParserRuleContext at) implements Value {}
}
