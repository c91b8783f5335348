package dev.perf.dsl.syntax;

import dev.perf.dsl.lex.FoldingCharStream;
import java.math.BigDecimal;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.WritableToken;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.Pair;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.ParseTreeVisitor;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * A token that is its own leaf in the parse tree. ANTLR wraps every consumed token in a
 * {@code TerminalNodeImpl}; a token is consumed once per parse, so it can carry its parent itself and
 * save that object for every token ({@link CompactParser#createTerminalNode}). Text not copied when
 * the token was made ({@link TokenNodeFactory}) is read from the original text on demand.
 *
 * <p>It is a token of its own rather than a {@code CommonToken}: a file has a token per four
 * characters or so, and keeping the type and channel in one field keeps each token at 48 bytes.
 */
public final class TokenNode implements WritableToken, TerminalNode {
  private static final Pair<TokenSource, CharStream> NO_SOURCE = new Pair<>(null, null);

  private final Pair<TokenSource, CharStream> source;
  /** The type in the low 16 bits, the channel in the high 16 (both are small). */
  private int typeAndChannel;
  private int line;
  private int charPositionInLine = -1;
  private int index = -1;
  private int start;
  private int stop;
  private String text;
  private RuleContext parent;

  TokenNode(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
    this.source = source;
    this.typeAndChannel = pack(type, channel);
    this.start = start;
    this.stop = stop; // the factory sets the line and column
  }

  TokenNode(int type, String text) {
    this.source = NO_SOURCE;
    this.typeAndChannel = pack(type, DEFAULT_CHANNEL);
    this.text = text;
  }

  /** A copy of {@code token} (its text, type, position and source), without a parent. */
  public TokenNode(Token token) {
    this.source = token instanceof TokenNode n ? n.source : new Pair<>(token.getTokenSource(), token.getInputStream());
    this.typeAndChannel = pack(token.getType(), token.getChannel());
    this.line = token.getLine();
    this.charPositionInLine = token.getCharPositionInLine();
    this.index = token.getTokenIndex();
    this.start = token.getStartIndex();
    this.stop = token.getStopIndex();
    this.text = token instanceof TokenNode n ? n.text : token.getText();
  }

  private static int pack(int type, int channel) {
    if (type < -1 || type > 0x7FFF || channel < 0 || channel > 0x7FFF) {
      throw new IllegalArgumentException("token type " + type + " or channel " + channel + " out of range");
    }
    return (channel << 16) | (type & 0xFFFF);
  }

  @Override
  public int getType() {
    return (short) typeAndChannel; // sign-extends EOF (-1)
  }

  @Override
  public void setType(int type) {
    typeAndChannel = pack(type, getChannel());
  }

  @Override
  public int getChannel() {
    return typeAndChannel >>> 16;
  }

  @Override
  public void setChannel(int channel) {
    typeAndChannel = pack(getType(), channel);
  }

  @Override
  public int getLine() {
    return line;
  }

  @Override
  public void setLine(int line) {
    this.line = line;
  }

  @Override
  public int getCharPositionInLine() {
    return charPositionInLine;
  }

  @Override
  public void setCharPositionInLine(int pos) {
    this.charPositionInLine = pos;
  }

  @Override
  public int getTokenIndex() {
    return index;
  }

  @Override
  public void setTokenIndex(int index) {
    this.index = index;
  }

  @Override
  public int getStartIndex() {
    return start;
  }

  /** Moves the start (a word split in two by the keyword re-typing). */
  public void setStartIndex(int start) {
    this.start = start;
  }

  @Override
  public int getStopIndex() {
    return stop;
  }

  /** Moves the stop (a word split in two by the keyword re-typing). */
  public void setStopIndex(int stop) {
    this.stop = stop;
  }

  @Override
  public TokenSource getTokenSource() {
    return source.a;
  }

  @Override
  public CharStream getInputStream() {
    return source.b;
  }

  @Override
  public void setText(String text) {
    this.text = text;
  }

  @Override
  public String getText() {
    if (text != null) {
      return text;
    }
    CharStream input = source.b;
    if (input == null) {
      return null;
    }
    if (input instanceof FoldingCharStream stream && start >= 0 && stop < stream.size()) {
      return stream.text(start, stop);
    }
    int n = input.size();
    return start < n && stop < n ? input.getText(Interval.of(start, stop)) : "<EOF>";
  }

  /**
   * The text without its first {@code head} and last {@code tail} characters (a string without its
   * quotes): one copy, straight from the source when the text was not copied at lexing.
   */
  public String innerText(int head, int tail) {
    if (text == null && source.b instanceof FoldingCharStream stream && start >= 0 && stop < stream.size()
        && stop - start + 1 >= head + tail) {
      return stream.text(start + head, stop - tail);
    }
    String s = getText();
    return s.length() >= head + tail ? s.substring(head, s.length() - tail) : "";
  }

  /**
   * The value of a number token, read from the source's characters without an intermediate string.
   *
   * @throws NumberFormatException if the text is not a decimal number
   */
  public BigDecimal decimalValue() {
    if (text == null && source.b instanceof FoldingCharStream stream && start >= 0 && stop < stream.size()
        && stop >= start) {
      return stream.decimal(start, stop);
    }
    return new BigDecimal(getText());
  }

  @Override
  public Token getSymbol() {
    return this;
  }

  @Override
  public ParseTree getParent() {
    return parent;
  }

  @Override
  public void setParent(RuleContext parent) {
    this.parent = parent;
  }

  @Override
  public Object getPayload() {
    return this;
  }

  @Override
  public ParseTree getChild(int i) {
    return null;
  }

  @Override
  public int getChildCount() {
    return 0;
  }

  @Override
  public <T> T accept(ParseTreeVisitor<? extends T> visitor) {
    return visitor.visitTerminal(this);
  }

  @Override
  public Interval getSourceInterval() {
    return Interval.of(getTokenIndex(), getTokenIndex());
  }

  @Override
  public String toStringTree(Parser parser) {
    return toStringTree();
  }

  /** As ANTLR's terminal nodes: the text, or {@code <EOF>}. */
  @Override
  public String toStringTree() {
    return getType() == Token.EOF ? "<EOF>" : getText();
  }

  /** As ANTLR's {@code CommonToken}: {@code [@index,start:stop='text',<type>,line:column]}. */
  @Override
  public String toString() {
    String shown = getText();
    shown = shown == null ? "<no text>" : shown.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t");
    String channel = getChannel() > 0 ? ",channel=" + getChannel() : "";
    return "[@" + index + "," + start + ":" + stop + "='" + shown + "',<" + getType() + ">" + channel + "," + line + ":"
        + charPositionInLine + "]";
  }
}
