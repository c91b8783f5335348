package dev.perf.dsl.syntax;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.lex.FoldingCharStream;
import dev.perf.dsl.lex.KeywordTokenSource;
import dev.perf.dsl.lex.PerfLexer;
import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Token;
import org.junit.jupiter.api.Test;

/** The windowed stream must show the parser exactly the tokens {@code CommonTokenStream} shows it. */
class ItemTokenStreamTest {
  private static final String TEXT = """
      # 注释一
      项目 "XM-1" "图书购置" {  # 行尾注释
        预算: 30 万元
        指标 { 产出 { 数量 { 购置图书: ≥ 3000 册 } } }
      }
      """;

  private static KeywordTokenSource source() {
    return new KeywordTokenSource(new PerfLexer(FoldingCharStream.of(TEXT, "t.perf")));
  }

  @Test
  void sameDefaultChannelTokensAsCommonTokenStream() {
    CommonTokenStream common = new CommonTokenStream(source());
    common.fill();
    List<String> expected = new ArrayList<>();
    for (Token t : common.getTokens()) {
      if (t.getChannel() == Token.DEFAULT_CHANNEL) {
        expected.add(t.getType() + ":" + t.getText() + "@" + t.getLine() + ":" + t.getCharPositionInLine());
      }
    }
    List<Token> observed = new ArrayList<>();
    ItemTokenStream stream = new ItemTokenStream(source(), observed::add);
    List<String> actual = new ArrayList<>();
    for (int i = 0; ; i++) {
      Token t = stream.LT(1);
      assertThat(t.getTokenIndex()).isEqualTo(i);
      actual.add(t.getType() + ":" + t.getText() + "@" + t.getLine() + ":" + t.getCharPositionInLine());
      if (t.getType() == Token.EOF) {
        break;
      }
      stream.consume();
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(observed).hasSize(common.getTokens().size());
    assertThat(observed).filteredOn(t -> t.getChannel() == PerfBaseLexer.COMMENTS).hasSize(2);
    assertThat(stream.LT(1).getType()).isEqualTo(Token.EOF);
    assertThat(stream.LT(5).getType()).as("past the end is EOF").isEqualTo(Token.EOF);
    assertThatThrownBy(stream::consume).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void keepsOnlyWhatAPredictionCanGoBackTo() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 100; i++) {
      text.append("项目 \"XM-").append(i).append("\" \"名称\" { 年度 2025 }\n");
    }
    ItemTokenStream stream = new ItemTokenStream(
        new KeywordTokenSource(new PerfLexer(FoldingCharStream.of(text.toString(), "t.perf"))), t -> {});
    int marker = stream.mark();
    for (int i = 0; i < 300; i++) {
      stream.consume();
    }
    assertThat(stream.get(0).getText()).as("kept while marked").isEqualTo("项目");
    stream.seek(0);
    stream.release(marker);
    for (int i = 0; i < 300; i++) {
      stream.consume();
    }
    Token current = stream.LT(1);
    Token previous = stream.LT(-1);
    assertThat(previous.getTokenIndex()).isEqualTo(299);
    assertThatThrownBy(() -> stream.get(0)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> stream.seek(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(stream.get(300)).isSameAs(current);
    assertThat(stream.size() - stream.index()).as("lexed ahead only as asked").isLessThanOrEqualTo(1);
  }
}
