package dev.perf.dsl.build;

import dev.perf.dsl.syntax.TokenNode;
import java.math.BigDecimal;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Reads NUMBER tokens, tolerating the tokens error recovery conjures up. */
final class Numbers {
  private Numbers() {}

  /** The number, or zero for a token that is missing (its syntax error is already reported). */
  static BigDecimal of(TerminalNode node) {
    if (node == null || node.getSymbol().getTokenIndex() < 0) {
      return BigDecimal.ZERO;
    }
    try {
      return node instanceof TokenNode t ? t.decimalValue() : new BigDecimal(node.getText());
    } catch (NumberFormatException e) {
      return BigDecimal.ZERO;
    }
  }

  /** True if the node is a real token of the input. */
  static boolean present(TerminalNode node) {
    return node != null && node.getSymbol().getTokenIndex() >= 0;
  }
}
