package dev.perf.dsl.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.grammar.PerfBaseLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.junit.jupiter.api.Test;

/** Keyword re-typing and bound suffixes, over the parser's lexer and over ANTLR's own tokens. */
class KeywordTokenSourceTest {
  private static final String TEXT = "培训次数：30 场以上，响应时间：≤ 5 个工作日以内 项目";

  @Test
  void aBoundSuffixIsSplitOffTheUnitWithExactPositions() {
    List<String> expected = List.of(
        "WORD 培训次数 0:0-3", "COLON ： 4:4-4", "NUMBER 30 5:5-6", "WORD 场 8:8-8", "K_ABOVE 以上 9:9-10",
        "COMMA ， 11:11-11", "WORD 响应时间 12:12-15", "COLON ： 16:16-16", "LE ≤ 17:17-17", "NUMBER 5 19:19-19",
        "WORD 个工作日 21:21-24", "K_BELOW 以内 25:25-26", "K_PROJECT 项目 28:28-29");
    assertThat(tokens(new KeywordTokenSource(new PerfLexer(FoldingCharStream.of(TEXT, "t"))))).isEqualTo(expected);
    // A lexer with ANTLR's own token factory makes CommonTokens: they are split the same way.
    PerfBaseLexer stock = new PerfBaseLexer(CharStreams.fromString(TEXT, "t"));
    stock.removeErrorListeners();
    assertThat(tokens(new KeywordTokenSource(stock))).isEqualTo(expected);
  }

  private static List<String> tokens(TokenSource source) {
    List<String> out = new ArrayList<>();
    for (Token t = source.nextToken(); t.getType() != Token.EOF; t = source.nextToken()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        out.add(PerfBaseLexer.VOCABULARY.getSymbolicName(t.getType()) + " " + t.getText() + " "
            + t.getCharPositionInLine() + ":" + t.getStartIndex() + "-" + t.getStopIndex());
      }
    }
    return out;
  }
}
