package dev.perf.dsl.syntax;

import dev.perf.dsl.grammar.PerfBaseParser;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * The base class of the generated rule contexts ({@code contextSuperClass} in the grammar). ANTLR
 * keeps a rule's children in an {@code ArrayList} with room for ten, which was most of the memory a
 * parse tree takes. Here a rule with one child (names, units, numbers: over half of all rules) holds
 * it in a field, and a rule with more holds them in an array with room for four — sixteen for the
 * rules whose children are lists (statements of a block, rows of a category …). ANTLR's public
 * {@code children} field stays null: every read of children in the runtime and in the generated
 * parser goes through the methods overridden here (only {@code Trees.stripChildrenOutOfRange} and
 * XPath read the field, and perf uses neither).
 */
public class CompactContext extends ParserRuleContext {
  private ParseTree only;
  private ParseTree[] many;
  private int count;

  public CompactContext() {}

  public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (count == 0) {
      only = t;
    } else {
      if (many == null) {
        many = new ParseTree[holdsLists() ? 16 : 4];
        many[0] = only;
        only = null;
      } else if (count == many.length) {
        many = Arrays.copyOf(many, count * 2);
      }
      many[count] = t;
    }
    count++;
    return t;
  }

  @Override
  public void removeLastChild() {
    if (count == 0) {
      return;
    }
    count--;
    if (many == null) {
      only = null;
    } else {
      many[count] = null;
    }
  }

  @Override
  public ParseTree getChild(int i) {
    if (i < 0 || i >= count) {
      return null;
    }
    return many == null ? only : many[i];
  }

  @Override
  public int getChildCount() {
    return count;
  }

  // The generated accessors (row.name(), row.COLON() …) call the three methods below, and the
  // builder calls the accessors for every row: they read the children directly.

  @Override
  @SuppressWarnings("unchecked") // checked by isInstance
  public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
    if (many == null) {
      return count == 1 && i == 0 && ctxType.isInstance(only) ? (T) only : null;
    }
    int seen = -1;
    for (int k = 0; k < count; k++) {
      ParseTree child = many[k];
      if (ctxType.isInstance(child) && ++seen == i) {
        return (T) child;
      }
    }
    return null;
  }

  @Override
  public TerminalNode getToken(int ttype, int i) {
    if (many == null) {
      TerminalNode node = count == 1 && i == 0 ? terminal(only) : null;
      return node != null && node.getSymbol().getType() == ttype ? node : null;
    }
    int seen = -1;
    for (int k = 0; k < count; k++) {
      TerminalNode node = terminal(many[k]);
      if (node != null && node.getSymbol().getType() == ttype && ++seen == i) {
        return node;
      }
    }
    return null;
  }

  /**
   * {@code child} if it is a leaf. Tested against the final {@link TokenNode} and the rule class first:
   * a test against an interface scans the class's interfaces, and most children are not leaves.
   */
  private static TerminalNode terminal(ParseTree child) {
    if (child instanceof TokenNode token) {
      return token;
    }
    return child instanceof ParserRuleContext || !(child instanceof TerminalNode node) ? null : node;
  }

  @Override
  public List<TerminalNode> getTokens(int ttype) {
    List<TerminalNode> tokens = null;
    for (int k = 0; k < count; k++) {
      TerminalNode node = terminal(getChild(k));
      if (node != null && node.getSymbol().getType() == ttype) {
        if (tokens == null) {
          tokens = new ArrayList<>(count - k);
        }
        tokens.add(node);
      }
    }
    return tokens == null ? Collections.emptyList() : tokens;
  }

  @Override
  public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
    List<T> contexts = null;
    for (int k = 0; k < count; k++) {
      ParseTree child = getChild(k);
      if (ctxType.isInstance(child)) {
        if (contexts == null) {
          contexts = new ArrayList<>(count - k);
        }
        contexts.add(ctxType.cast(child));
      }
    }
    return contexts == null ? Collections.emptyList() : contexts;
  }

  /** As ANTLR's: a labelled alternative's context takes over the error nodes of the rule's context. */
  @Override
  public void copyFrom(ParserRuleContext ctx) {
    super.copyFrom(ctx);
    for (int k = 0; k < ctx.getChildCount(); k++) {
      if (ctx.getChild(k) instanceof ErrorNode error) {
        addErrorNode(error);
      }
    }
  }

  /** The rules whose children are lists (statements of a block, rows of a category …). */
  private boolean holdsLists() {
    return this instanceof PerfBaseParser.BlockContext || this instanceof PerfBaseParser.CategoryContext
        || this instanceof PerfBaseParser.IndicatorsStatementContext || this instanceof PerfBaseParser.PlanStatementContext
        || this instanceof PerfBaseParser.TextListContext || this instanceof PerfBaseParser.DocumentContext;
  }
}
