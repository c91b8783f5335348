package dev.perf.dsl.syntax;

import dev.perf.dsl.grammar.PerfBaseParser;
import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base class of the generated rule contexts ({@code contextSuperClass} in the grammar). Most
 * rules of this grammar have one to four children; ANTLR's default child list starts with room for
 * ten, which is most of the memory a parse tree takes. The few rules that hold lists start with
 * sixteen, so that a block of statements or a category of rows is not copied as it grows.
 */
public class CompactContext extends ParserRuleContext {
  public CompactContext() {}

  public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) {
      children = new ArrayList<>(holdsLists() ? 16 : 4);
    }
    children.add(t);
    return t;
  }

  /** The rules whose children are lists (statements of a block, rows of a category …). */
  private boolean holdsLists() {
    return this instanceof PerfBaseParser.BlockContext || this instanceof PerfBaseParser.CategoryContext
        || this instanceof PerfBaseParser.IndicatorsStatementContext || this instanceof PerfBaseParser.PlanStatementContext
        || this instanceof PerfBaseParser.TextListContext || this instanceof PerfBaseParser.DocumentContext;
  }
}
