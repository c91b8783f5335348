package dev.perf.dsl.build;

import dev.perf.dsl.DslRule;
import dev.perf.dsl.lex.TokenSpans;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** What building one file collects: its diagnostics and the spans of the nodes it creates. */
final class BuildContext {
  final TokenSpans spans;
  final SourceMap.Builder sourceMap;
  final List<Diagnostic> diagnostics = new ArrayList<>();

  /** {@code tokens}: how many tokens the file has; tables have a node with a span per 8 or so. */
  BuildContext(TokenSpans spans, int tokens) {
    this.spans = spans;
    this.sourceMap = new SourceMap.Builder(tokens / 8);
  }

  SourceSpan span(ParserRuleContext ctx) {
    return spans.of(ctx);
  }

  SourceSpan span(Token t) {
    return spans.of(t);
  }

  /** Records where {@code node} was written: the span of {@code ctx}. */
  void put(Object node, ParserRuleContext ctx) {
    spans.put(sourceMap, node, null, ctx);
  }

  /** Records where {@code property} of {@code node} was written: the span of {@code ctx}. */
  void put(Object node, String property, ParserRuleContext ctx) {
    spans.put(sourceMap, node, property, ctx);
  }

  /** Records where {@code property} of {@code node} was written: the span of token {@code t}. */
  void put(Object node, String property, Token t) {
    spans.put(sourceMap, node, property, t);
  }

  void report(DslRule rule, SourceSpan where, String zh, String en) {
    diagnostics.add(Diagnostic.of(rule, Message.of(zh, en), where));
  }

  void report(DslRule rule, SourceSpan where, String zh, String en, String hintZh, String hintEn) {
    diagnostics.add(Diagnostic.of(rule, Message.of(zh, en), where).withHint(Message.of(hintZh, hintEn)));
  }

  void add(Diagnostic d) {
    diagnostics.add(d);
  }
}
