package dev.perf.dsl.lex;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/** Turns tokens and rule contexts into {@link SourceSpan}s (1-based lines and code-point columns). */
public final class TokenSpans {
  private final String file;

  public TokenSpans(String file) {
    this.file = file;
  }

  public String file() {
    return file;
  }

  /** The span of one token; a missing token ({@code <missing …>}) or EOF gets a zero-width span. */
  public SourceSpan of(Token t) {
    int line = Math.max(1, t.getLine());
    int column = Math.max(0, t.getCharPositionInLine()) + 1;
    if (t.getType() == Token.EOF || t.getStartIndex() < 0 || t.getStopIndex() < t.getStartIndex()) {
      return new SourceSpan(file, line, column, line, column);
    }
    int type = t.getType();
    if (type != PerfBaseLexer.BLOCK_STRING && type != PerfBaseLexer.UNTERMINATED_BLOCK_STRING) {
      // Only block strings span lines; stream indexes count code points, as columns do.
      return new SourceSpan(file, line, column, line, column + t.getStopIndex() - t.getStartIndex() + 1);
    }
    String text = t.getText();
    int lastNewline = text.lastIndexOf('\n');
    if (lastNewline < 0) {
      return new SourceSpan(file, line, column, line, column + text.codePointCount(0, text.length()));
    }
    int lines = (int) text.chars().filter(c -> c == '\n').count();
    String tail = text.substring(lastNewline + 1);
    return new SourceSpan(file, line, column, line + lines, tail.codePointCount(0, tail.length()) + 1);
  }

  /** The span from the first to the last token of {@code ctx}. */
  public SourceSpan of(ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (stop == null || stop.getTokenIndex() <= start.getTokenIndex() || isBlock(start) || isBlock(stop)
        || !isPlain(start) || !isPlain(stop)) {
      SourceSpan first = of(start);
      return stop == null || stop.getTokenIndex() < start.getTokenIndex() ? first : first.to(of(stop));
    }
    // Two single-line tokens (every rule but a multi-line text): one span, no intermediate ones.
    return endsFirst(start, stop)
        ? new SourceSpan(file, line(start), column(start), line(start), endColumn(start))
        : new SourceSpan(file, line(start), column(start), line(stop), endColumn(stop));
  }

  /**
   * Records in {@code map} where {@code node} was written ({@code property} of it, if not null): the
   * span of {@code ctx}, as {@link #of(ParserRuleContext)} gives it, but stored by its parts — a
   * parsed file has a few spans per row and most are never asked for.
   */
  public void put(SourceMap.Builder map, Object node, String property, ParserRuleContext ctx) {
    Token start = ctx.getStart();
    Token stop = ctx.getStop();
    if (stop == null || stop.getTokenIndex() <= start.getTokenIndex() || isBlock(start) || isBlock(stop)
        || !isPlain(start) || !isPlain(stop)) {
      put(map, node, property, of(ctx));
      return;
    }
    Token last = endsFirst(start, stop) ? start : stop;
    put(map, node, property, line(start), column(start), line(last), endColumn(last));
  }

  /** As {@link #put(SourceMap.Builder, Object, String, ParserRuleContext)}, for one token. */
  public void put(SourceMap.Builder map, Object node, String property, Token t) {
    if (isBlock(t) || !isPlain(t)) {
      put(map, node, property, of(t));
      return;
    }
    put(map, node, property, line(t), column(t), line(t), endColumn(t));
  }

  /** True if single-line token {@code start} ends at or after {@code stop} (error recovery's trees). */
  private static boolean endsFirst(Token start, Token stop) {
    return line(stop) < line(start) || (line(stop) == line(start) && endColumn(stop) <= endColumn(start));
  }

  private static int line(Token t) {
    return Math.max(1, t.getLine());
  }

  private static int column(Token t) {
    return Math.max(0, t.getCharPositionInLine()) + 1;
  }

  /** The column just past a single-line token: stream indexes count code points, as columns do. */
  private static int endColumn(Token t) {
    return column(t) + t.getStopIndex() - t.getStartIndex() + 1;
  }

  private void put(SourceMap.Builder map, Object node, String property, SourceSpan s) {
    put(map, node, property, s.line(), s.column(), s.endLine(), s.endColumn());
  }

  private void put(SourceMap.Builder map, Object node, String property, int line, int column, int endLine,
      int endColumn) {
    if (property == null) {
      map.put(node, file, line, column, endLine, endColumn);
    } else {
      map.put(node, property, file, line, column, endLine, endColumn);
    }
  }

  private static boolean isBlock(Token t) {
    return t.getType() == PerfBaseLexer.BLOCK_STRING || t.getType() == PerfBaseLexer.UNTERMINATED_BLOCK_STRING;
  }

  /** A real token of the text: not EOF, not one that error recovery made up. */
  private static boolean isPlain(Token t) {
    return t.getType() != Token.EOF && t.getStartIndex() >= 0 && t.getStopIndex() >= t.getStartIndex();
  }
}
