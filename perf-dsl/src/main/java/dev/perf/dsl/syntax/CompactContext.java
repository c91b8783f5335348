package dev.perf.dsl.syntax;

import java.util.ArrayList;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;

/**
 * The base class of the generated rule contexts ({@code contextSuperClass} in the grammar). Most
 * rules of this grammar have one to four children; ANTLR's default child list starts with room for
 * ten, which is most of the memory a parse tree takes.
 */
public class CompactContext extends ParserRuleContext {
  public CompactContext() {}

  public CompactContext(ParserRuleContext parent, int invokingStateNumber) {
    super(parent, invokingStateNumber);
  }

  @Override
  public <T extends ParseTree> T addAnyChild(T t) {
    if (children == null) {
      children = new ArrayList<>(4);
    }
    children.add(t);
    return t;
  }
}
