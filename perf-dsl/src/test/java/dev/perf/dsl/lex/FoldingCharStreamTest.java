package dev.perf.dsl.lex;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.grammar.PerfBaseLexer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

/**
 * The folding stream and {@link PerfLexer}'s whitespace stepping must produce exactly the tokens of
 * the generated lexer over ANTLR's own stream.
 */
class FoldingCharStreamTest {

  @Test
  void charactersOfLexerRulesAreNeverFolded() {
    for (char c : "年月日号前之以底末：，％≥≤（）“”～、·〜《》—０".toCharArray()) {
      assertThat(FoldingCharStream.isFoldable(c)).as("%s", c).isFalse();
    }
    for (char c : "培训合格率万元场人次工作达成".toCharArray()) {
      assertThat(FoldingCharStream.isFoldable(c)).as("%s", c).isTrue();
    }
  }

  @Test
  void sameTokensAsTheStockStreamOnEveryTestFile() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(Path.of("src/test/resources"))) {
      files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".perf")
          || p.toString().endsWith(".txt")).toList();
    }
    assertThat(files).isNotEmpty();
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(tokens(new PerfLexer(FoldingCharStream.of(text, "f")))).as(file.toString())
          .isEqualTo(stockTokens(text));
    }
  }

  @Test
  void supplementaryCharactersFallBackToTheStockStream() {
    String text = "项目 \"𠀀1\" 名称𠀁 { 年度 2025 }";
    assertThat(tokens(new PerfLexer(FoldingCharStream.of(text, "f")))).isEqualTo(stockTokens(text));
  }

  @Test
  void punctuationOutsideTheGrammarReadsAsAnAsciiTwinAndLexesTheSame() {
    String text = "资金用途 \"加强监管。确保《规定》落实……\"\n名称。：≥95％ # 注释。\n！ 。";
    CharStream folded = FoldingCharStream.of(text, "f");
    for (int i = 1; i <= folded.size(); i++) {
      char c = text.charAt(i - 1);
      if ("。！…".indexOf(c) >= 0) {
        // outside the ASCII range the lexer's DFA cache would miss on every one of them
        assertThat(folded.LA(i)).as("%s", c).isLessThan(0x80);
      }
    }
    assertThat(tokens(new PerfLexer(FoldingCharStream.of(text, "f")))).isEqualTo(stockTokens(text));
  }

  @Test
  void whitespaceOfEveryKindIsSteppedOverWithExactPositions() {
    String text = "\uFEFF 项目\t\"1\"\u3000\"名\"\r\n{\u00A0\n\n  年度   2025 # c\r\n\t}  \n";
    List<String> tokens = tokens(new PerfLexer(FoldingCharStream.of(text, "f")));
    assertThat(tokens).isEqualTo(stockTokens(text)).hasSize(8);
  }

  /**
   * Words read by {@link PerfLexer} itself (ASCII, digits, {@code _}, {@code /}, placeholders) end
   * where the generated lexer ends them, also next to characters it leaves to the generated lexer.
   */
  @Property(tries = 3000)
  void wordsEndWhereTheGeneratedLexerEndsThem(
      @ForAll @net.jqwik.api.constraints.Chars({'a', 'Z', '_', '0', '9', '/', '·', '员', '项', '年', '以', '上', ' ', '\n',
          '：', '%', '≥', '-', '.', '"', '#', '，', '²', 'é', '\u0301', '\u0001', '\u000E'})
      @StringLength(max = 40) String text) {
    assertThat(tokens(new PerfLexer(FoldingCharStream.of(text, "f")))).as(text).isEqualTo(stockTokens(text));
    assertThat(tokens(new PerfLexer(CharStreams.fromString(text, "f")))).as(text).isEqualTo(stockTokens(text));
  }

  @Test
  void wordsOfAsciiAndPlaceholders() {
    for (String text : List.of("abc2 员2 a员2 a/b a/ a/2 员/员 a_b9/c_d 员·员 员/é x/\"y\" 项目2025", "a/b/c/", "_1/_2")) {
      assertThat(tokens(new PerfLexer(FoldingCharStream.of(text, "f")))).as(text).isEqualTo(stockTokens(text));
    }
  }

  private static List<String> stockTokens(String text) {
    PerfBaseLexer lexer = new PerfBaseLexer(CharStreams.fromString(text, "f"));
    lexer.removeErrorListeners();
    return tokens(lexer);
  }

  private static List<String> tokens(PerfBaseLexer lexer) {
    List<String> out = new ArrayList<>();
    for (Token t = lexer.nextToken(); t.getType() != Token.EOF; t = lexer.nextToken()) {
      out.add(t.getType() + " " + t.getLine() + ":" + t.getCharPositionInLine() + " " + t.getStartIndex()
          + "-" + t.getStopIndex() + " " + t.getText());
    }
    return out;
  }

  @Test
  void imePunctuationAndDateCharactersReadAsTheirAsciiTwins() {
    org.antlr.v4.runtime.CharStream cs = FoldingCharStream.of("：％＞＝≥≤“”，年", "x");
    StringBuilder seen = new StringBuilder();
    for (int i = 1; i <= cs.size(); i++) {
      seen.append((char) cs.LA(i));
    }
    assertThat(seen.toString()).isEqualTo(":%>=\u0002\u0003\u0004\u0005,\u000E");
    assertThat(cs.getText(org.antlr.v4.runtime.misc.Interval.of(0, 9))).isEqualTo("：％＞＝≥≤“”，年");
  }

  @Property
  void decimalsReadFromTheSourceAreThoseOfBigDecimalsParser(
      @ForAll @StringLength(min = 1, max = 22) @CharRange(from = '0', to = '9') String integer,
      @ForAll @StringLength(max = 8) @CharRange(from = '0', to = '9') String fraction) {
    String number = fraction.isEmpty() ? integer : integer + "." + fraction;
    String text = "值：" + number + " 万元";
    FoldingCharStream stream = (FoldingCharStream) FoldingCharStream.of(text, "x");
    BigDecimal read = stream.decimal(2, 2 + number.length() - 1);
    BigDecimal expected = new BigDecimal(number);
    assertThat(read).isEqualTo(expected); // equals compares the scale too
    assertThat(read.scale()).isEqualTo(expected.scale());
    assertThat(read.precision()).isEqualTo(expected.precision());
  }

  @Test
  void textsReadTwiceAreEqualAndShortOnesShared() {
    String text = "单位：万元 万元 " + "长".repeat(40) + " " + "长".repeat(40);
    FoldingCharStream stream = (FoldingCharStream) FoldingCharStream.of(text, "x");
    assertThat(stream.text(3, 4)).isEqualTo("万元").isSameAs(stream.text(6, 7));
    String longOne = stream.text(9, 48);
    assertThat(longOne).isEqualTo("长".repeat(40)).isEqualTo(stream.text(50, 89));
    assertThat(stream.text(0, 1)).isEqualTo("单位");
    assertThat(stream.text(88, 200)).as("clipped").isEqualTo("长长");
  }

  @Test
  void textsLongerThanTheFoldingWindowLexTheSame() throws IOException {
    String one = Files.readString(Path.of("../examples/laoting-2025.perf"));
    String text = one.repeat(400_000 / one.length() + 1);
    assertThat(text.length()).isGreaterThan(4 * 65_536);
    List<String> tokens = tokens(new PerfLexer(FoldingCharStream.of(text, "f", new char[65_536])));
    assertThat(tokens).isEqualTo(stockTokens(text));
  }
}
