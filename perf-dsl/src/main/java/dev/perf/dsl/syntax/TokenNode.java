package dev.perf.dsl.syntax;

import dev.perf.dsl.lex.FoldingCharStream;
import java.math.BigDecimal;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
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
 */
public final class TokenNode extends CommonToken implements TerminalNode {
  private RuleContext parent;

  TokenNode(Pair<TokenSource, CharStream> source, int type, int channel, int start, int stop) {
    super(source, type, channel, start, stop);
  }

  TokenNode(int type, String text) {
    super(type, text);
  }

  /** A copy of {@code token} (its text, type, position and source), without a parent. */
  public TokenNode(Token token) {
    super(token);
  }

  @Override
  public String getText() {
    if (text == null && source.b instanceof FoldingCharStream stream && start >= 0 && stop < stream.size()) {
      return stream.text(start, stop);
    }
    return super.getText();
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
}
