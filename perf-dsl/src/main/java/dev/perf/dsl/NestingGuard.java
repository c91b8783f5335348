package dev.perf.dsl;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.lex.TokenSpans;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import org.antlr.v4.runtime.Token;

/**
 * Counts brace depth as tokens go by, so that a file nested deeper than the limit is reported before
 * the recursive-descent parser descends into it (and cannot overflow the stack).
 */
final class NestingGuard {
  private final int maxDepth;
  private final TokenSpans spans;
  private int depth;

  NestingGuard(int maxDepth, TokenSpans spans) {
    this.maxDepth = maxDepth;
    this.spans = spans;
  }

  /** Thrown by {@link #accept} at the first brace beyond the limit. */
  static final class TooDeep extends RuntimeException {
    private final transient Diagnostic diagnostic;

    TooDeep(Diagnostic diagnostic) {
      super(diagnostic.ruleId(), null, false, false);
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }

  /** Takes the next token of the file. @throws TooDeep at the first brace beyond the limit */
  void accept(Token t) {
    if (t.getType() == PerfBaseLexer.LBRACE && ++depth > maxDepth) {
      throw new TooDeep(Diagnostic.of(DslRule.NESTING_TOO_DEEP,
          Message.of("花括号嵌套超过 " + maxDepth + " 层", "braces nest deeper than " + maxDepth + " levels"), spans.of(t))
          .withHint(Message.of("指标表只有三级：一级 { 二级 { 指标 } }，检查是否缺少 }",
              "an indicator table has three levels: first { second { rows } }; check for a missing }")));
    } else if (t.getType() == PerfBaseLexer.RBRACE && depth > 0) {
      depth--;
    }
  }
}
