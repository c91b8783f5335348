package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import java.util.ArrayDeque;
import java.util.Map;
import dev.perf.dsl.syntax.TokenNode;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.WritableToken;

/**
 * Re-types the words that are keywords, and splits a bound suffix off a word that follows a number
 * on the same line ({@code 30 场以上} → {@code 场} {@code 以上}). Keywords are recognised from the
 * token text rather than by lexer rules, which keeps the lexer's DFA small and lets every keyword
 * have several spellings.
 */
public final class KeywordTokenSource implements TokenSource {
  /** Suffixes that turn a number into a bound, longest first; 以上 includes the number itself. */
  private static final Map<String, Integer> BOUND_SUFFIXES = new java.util.LinkedHashMap<>();

  static {
    BOUND_SUFFIXES.put("及以上", PerfBaseLexer.K_ABOVE);
    BOUND_SUFFIXES.put("或以上", PerfBaseLexer.K_ABOVE);
    BOUND_SUFFIXES.put("及以下", PerfBaseLexer.K_BELOW);
    BOUND_SUFFIXES.put("或以下", PerfBaseLexer.K_BELOW);
    BOUND_SUFFIXES.put("以上", PerfBaseLexer.K_ABOVE);
    BOUND_SUFFIXES.put("以下", PerfBaseLexer.K_BELOW);
    BOUND_SUFFIXES.put("以内", PerfBaseLexer.K_BELOW);
    BOUND_SUFFIXES.put("之内", PerfBaseLexer.K_BELOW);
  }

  private final PerfBaseLexer lexer;
  private final ArrayDeque<Token> pending = new ArrayDeque<>(2);
  private int previousType = Token.INVALID_TYPE;
  private int previousLine = -1;

  public KeywordTokenSource(PerfBaseLexer lexer) {
    this.lexer = lexer;
  }

  @Override
  public Token nextToken() {
    Token t = pending.isEmpty() ? lexer.nextToken() : pending.poll();
    // Tested against the final TokenNode class: a test against an interface scans the class's
    // interfaces (and, on JDK 17, rewrites a cache line that worker threads then fight over).
    if (t.getType() == PerfBaseLexer.WORD && (t instanceof TokenNode || t instanceof WritableToken)) {
      if (followsNumber(t)) {
        Token suffix = splitBound(t);
        if (suffix != null) {
          if (suffix != t) {
            pending.push(suffix);
          }
          remember(t);
          return t;
        }
      }
      retype(t, Keyword.tokenType(t.getText(), PerfBaseLexer.WORD));
    }
    remember(t);
    return t;
  }

  private static void retype(Token t, int type) {
    if (t instanceof TokenNode node) {
      node.setType(type);
    } else {
      ((WritableToken) t).setType(type);
    }
  }

  private void remember(Token t) {
    if (t.getChannel() == Token.DEFAULT_CHANNEL) {
      previousType = t.getType();
      previousLine = t.getLine();
    }
  }

  private boolean followsNumber(Token t) {
    return t.getLine() == previousLine && (previousType == PerfBaseLexer.NUMBER
        || previousType == PerfBaseLexer.PERCENT || previousType == PerfBaseLexer.PERMILLE);
  }

  /**
   * If the word ends with a bound suffix: a word that is only the suffix is re-typed and returned;
   * a longer word is cut to its unit and a new suffix token is returned. Otherwise null.
   */
  private static Token splitBound(Token t) {
    String text = t.getText();
    for (Map.Entry<String, Integer> e : BOUND_SUFFIXES.entrySet()) {
      String suffix = e.getKey();
      if (!text.endsWith(suffix)) {
        continue;
      }
      if (text.length() == suffix.length()) {
        retype(t, e.getValue());
        return t;
      }
      String unit = text.substring(0, text.length() - suffix.length());
      int unitLength = unit.codePointCount(0, unit.length());
      int start = t.getStartIndex();
      // PerfLexer makes TokenNodes; a lexer with ANTLR's own factory makes CommonTokens.
      Token bound = t instanceof TokenNode node ? new TokenNode(node) : new CommonToken(t);
      retype(bound, e.getValue());
      reshape(bound, start + unitLength, t.getStopIndex(), t.getCharPositionInLine() + unitLength, suffix);
      reshape(t, start, start + unitLength - 1, t.getCharPositionInLine(), unit);
      return bound;
    }
    return null;
  }

  /** Gives {@code t} new text and the characters it covers (a word split in two). */
  private static void reshape(Token t, int start, int stop, int column, String text) {
    if (t instanceof TokenNode node) {
      node.setStartIndex(start);
      node.setStopIndex(stop);
      node.setCharPositionInLine(column);
      node.setText(text);
    } else {
      CommonToken token = (CommonToken) t;
      token.setStartIndex(start);
      token.setStopIndex(stop);
      token.setCharPositionInLine(column);
      token.setText(text);
    }
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
