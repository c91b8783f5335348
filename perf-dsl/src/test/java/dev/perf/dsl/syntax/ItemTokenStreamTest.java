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
  void forgottenTokensAreGoneAndTheRestStay() {
    ItemTokenStream stream = new ItemTokenStream(source(), t -> {});
    for (int i = 0; i < 6; i++) {
      stream.consume();
    }
    Token fifth = stream.get(5);
    stream.forgetBefore(5);
    assertThat(stream.get(5)).isSameAs(fifth);
    assertThat(stream.LT(-1)).isSameAs(fifth);
    assertThat(stream.LT(-2)).as("forgotten").isNull();
    assertThatThrownBy(() -> stream.get(4)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> stream.seek(4)).isInstanceOf(IllegalArgumentException.class);
    int at = stream.index();
    stream.LT(10);
    stream.seek(at);
    assertThat(stream.index()).isEqualTo(6);
    stream.forgetBefore(100);
    assertThat(stream.index()).as("never forgets the current token").isEqualTo(6);
    assertThat(stream.LT(1)).isNotNull();
  }
}
