package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;

/**
 * Re-types the words that are keywords. Keywords are recognised from the token text rather than
 * by lexer rules, which keeps the lexer's DFA small and lets every keyword have several spellings.
 */
public final class KeywordTokenSource implements TokenSource {
  private final PerfBaseLexer lexer;

  public KeywordTokenSource(PerfBaseLexer lexer) {
    this.lexer = lexer;
  }

  @Override
  public Token nextToken() {
    Token t = lexer.nextToken();
    if (t.getType() == PerfBaseLexer.WORD && t instanceof WritableToken w) {
      Keyword.fromSpelling(t.getText()).ifPresent(k -> w.setType(k.tokenType()));
    }
    return t;
  }

  @Override
  public int getLine() {
    return lexer.getLine();
  }

  @Override
  public int getCharPositionInLine() {
    return lexer.getCharPositionInLine();
  }

  @Override
  public CharStream getInputStream() {
    return lexer.getInputStream();
  }

  @Override
  public String getSourceName() {
    return lexer.getSourceName();
  }

  @Override
  public void setTokenFactory(TokenFactory<?> factory) {
    lexer.setTokenFactory(factory);
  }

  @Override
  public TokenFactory<?> getTokenFactory() {
    return lexer.getTokenFactory();
  }
}
