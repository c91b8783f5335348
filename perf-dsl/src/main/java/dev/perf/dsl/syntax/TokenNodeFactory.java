package dev.perf.dsl.syntax;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.lex.FoldingCharStream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Makes {@link TokenNode}s. Only words get their text copied when they are made: the keyword
 * re-typing and the model builder both read it. Punctuation is never read, and strings, numbers and
 * dates are read once by the builder, so their text stays in the source until asked for.
 */
public final class TokenNodeFactory implements TokenFactory<TokenNode> {
  /** The factory; it has no state. */
  public static final TokenNodeFactory INSTANCE = new TokenNodeFactory();

  private TokenNodeFactory() {}

  @Override
  public TokenNode create(Pair<TokenSource, CharStream> source, int type, String text, int channel, int start,
      int stop, int line, int charPositionInLine) {
    TokenNode t = new TokenNode(source, type, channel, start, stop);
    t.setLine(line);
    t.setCharPositionInLine(charPositionInLine);
    if (text != null) {
      t.setText(text);
    } else if (type == PerfBaseLexer.WORD && source.b != null) {
      t.setText(source.b instanceof FoldingCharStream stream ? stream.text(start, stop)
          : source.b.getText(Interval.of(start, stop)));
    }
    return t;
  }

  @Override
  public TokenNode create(int type, String text) {
    return new TokenNode(type, text);
  }
}
