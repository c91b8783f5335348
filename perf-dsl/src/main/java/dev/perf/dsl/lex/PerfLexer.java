package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.syntax.TokenNodeFactory;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;

/**
 * The .perf lexer as the parser runs it: the generated {@link PerfBaseLexer} with no error listener,
 * {@link TokenNodeFactory} tokens, and whitespace between tokens stepped over before each token.
 *
 * <p>Why step over whitespace here: the grammar's {@code WS} rule ends in a {@code skip} action, and
 * ANTLR runs a lexer action through its action executor every time — a run of whitespace before
 * nearly every token. At a token boundary a whitespace character can only start a {@code WS} token
 * (no other rule begins with one), so consuming the same characters here gives the same tokens at
 * the same positions; the interpreter's {@code consume} keeps lines and columns.
 */
public final class PerfLexer extends PerfBaseLexer {
  public PerfLexer(CharStream input) {
    super(input);
    removeErrorListeners();
    setTokenFactory(TokenNodeFactory.INSTANCE);
  }

  @Override
  public Token nextToken() {
    CharStream in = _input;
    for (int c = in.LA(1); isWhitespace(c); c = in.LA(1)) {
      getInterpreter().consume(in);
    }
    return super.nextToken();
  }

  /** The characters of the grammar's {@code WS} rule. */
  private static boolean isWhitespace(int c) {
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\u3000' || c == '\u00A0' || c == '\uFEFF';
  }
}
