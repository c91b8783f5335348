package dev.perf.dsl.syntax;

import java.util.Arrays;
import java.util.function.Consumer;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.misc.Interval;

/**
 * The token stream of the parse of valid input. It lexes as the parser asks for tokens and, like
 * ANTLR's {@code UnbufferedTokenStream}, keeps only the tokens that a prediction in progress may go
 * back to (and the one before the current token), so that a large document never holds all its
 * tokens at once: a 1 MB file has about 250 000, and keeping them live through the parse made the
 * garbage collector copy them again and again. The parse tree still holds the tokens of the item
 * being parsed; {@code CommonTokenStream}, which keeps every token, is what the error-recovering
 * parse of a file with syntax errors uses.
 *
 * <p>Every token the lexer makes is shown to an observer first (comments, nesting depth); only
 * default-channel tokens reach the parser, numbered without gaps.
 */
public final class ItemTokenStream implements TokenStream {
  private final TokenSource source;
  private final Consumer<Token> observer;
  private static final int SLACK = 64;

  private Token[] window = new Token[2 * SLACK];
  /** Index of {@code window[0]}. */
  private int first;
  /** Tokens in the window; the next token fetched gets index {@code first + count}. */
  private int count;
  /** Index of the current token. */
  private int p;
  private boolean fetchedEof;
  /** Predictions in progress: while there are any, no token is forgotten. */
  private int marks;

  /** Tokens of {@code source}; {@code observer} sees every token, on any channel, in order. */
  public ItemTokenStream(TokenSource source, Consumer<Token> observer) {
    this.source = source;
    this.observer = observer;
  }

  /** Drops the tokens before {@code index}, never the current one. */
  private void forgetBefore(int index) {
    int drop = Math.min(index, p) - first;
    if (drop <= 0) {
      return;
    }
    System.arraycopy(window, drop, window, 0, count - drop);
    Arrays.fill(window, count - drop, count, null);
    count -= drop;
    first += drop;
  }

  @Override
  public Token LT(int k) {
    if (k == 1 && p < first + count) {
      return window[p - first]; // the parser's most frequent question
    }
    if (k == 0) {
      return null;
    }
    if (k < 0) {
      int i = p + k;
      return i >= first ? window[i - first] : null;
    }
    int i = p + k - 1;
    fetchUpTo(i);
    return i < first + count ? window[i - first] : window[count - 1];
  }

  @Override
  public int LA(int i) {
    if (i == 1 && p < first + count) {
      return window[p - first].getType();
    }
    Token t = LT(i);
    return t == null ? Token.INVALID_TYPE : t.getType();
  }

  @Override
  public void consume() {
    if (LA(1) == Token.EOF) {
      throw new IllegalStateException("cannot consume EOF");
    }
    p++;
    if (marks == 0 && p - first > SLACK) {
      forgetBefore(p - 1);
    }
  }

  @Override
  public Token get(int index) {
    fetchUpTo(index);
    if (index < first || index >= first + count) {
      throw new IndexOutOfBoundsException("token " + index + " is not in the window [" + first + ", "
          + (first + count) + ")");
    }
    return window[index - first];
  }

  @Override
  public int index() {
    return p;
  }

  @Override
  public void seek(int index) {
    if (index < first) {
      throw new IllegalArgumentException("token " + index + " was already forgotten");
    }
    fetchUpTo(index);
    p = Math.min(index, first + count - 1);
  }

  @Override
  public int mark() {
    return -++marks;
  }

  @Override
  public void release(int marker) {
    marks--;
  }

  /** The number of tokens lexed so far (the whole stream's size is known only at EOF). */
  @Override
  public int size() {
    return first + count;
  }

  @Override
  public String getSourceName() {
    return source.getSourceName();
  }

  @Override
  public TokenSource getTokenSource() {
    return source;
  }

  @Override
  public String getText(Interval interval) {
    int start = Math.max(interval.a, first);
    int stop = Math.min(interval.b, first + count - 1);
    StringBuilder text = new StringBuilder();
    for (int i = start; i <= stop; i++) {
      Token t = window[i - first];
      if (t.getType() == Token.EOF) {
        break;
      }
      text.append(t.getText());
    }
    return text.toString();
  }

  @Override
  public String getText() {
    return getText(Interval.of(first, first + count - 1));
  }

  @Override
  public String getText(RuleContext ctx) {
    return getText(ctx.getSourceInterval());
  }

  @Override
  public String getText(Token start, Token stop) {
    return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
  }

  private void fetchUpTo(int index) {
    while (!fetchedEof && first + count <= index) {
      fetch();
    }
  }

  private void fetch() {
    Token t = source.nextToken();
    observer.accept(t);
    if (t.getChannel() != Token.DEFAULT_CHANNEL) {
      return;
    }
    if (count == window.length) {
      window = Arrays.copyOf(window, count * 2);
    }
    if (t instanceof TokenNode node) { // a class test: see KeywordTokenSource
      node.setTokenIndex(first + count);
    } else {
      ((WritableToken) t).setTokenIndex(first + count);
    }
    window[count++] = t;
    fetchedEof = t.getType() == Token.EOF;
  }
}
