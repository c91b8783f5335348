package dev.perf.dsl.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The generated parser's base class ({@code superClass} in the grammar): a consumed
 * {@link TokenNode} becomes its own leaf instead of being wrapped in a new object.
 */
public abstract class CompactParser extends Parser {
  protected CompactParser(TokenStream input) {
    super(input);
  }

  @Override
  public TerminalNode createTerminalNode(ParserRuleContext parent, Token t) {
    if (t instanceof TokenNode node) {
      node.setParent(parent);
      return node;
    }
    return super.createTerminalNode(parent, t);
  }
}
