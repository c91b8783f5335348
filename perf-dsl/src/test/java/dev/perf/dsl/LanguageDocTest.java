package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.lex.Keyword;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/language.md stays in step with the code: every rule ID and every keyword spelling is documented. */
class LanguageDocTest {
  private static String doc() throws IOException {
    return Files.readString(Path.of("..", "docs", "language.md"));
  }

  @Test
  void everyDiagnosticIsDocumented() throws IOException {
    String doc = doc();
    for (DslRule rule : DslRule.values()) {
      assertThat(doc).as("docs/language.md documents %s", rule.id()).contains("`" + rule.id() + "`");
    }
  }

  @Test
  void everyKeywordSpellingIsDocumented() throws IOException {
    String doc = doc();
    for (Keyword k : Keyword.values()) {
      for (String spelling : k.spellings()) {
        assertThat(doc).as("docs/language.md mentions the keyword spelling %s", spelling).contains(spelling);
      }
    }
  }

  @Test
  void theTextMateGrammarHighlightsEveryKeyword() throws IOException {
    String grammar = Files.readString(Path.of("..", "editors", "vscode", "syntaxes", "perf.tmLanguage.json"));
    for (Keyword k : Keyword.values()) {
      for (String spelling : k.spellings()) {
        assertThat(grammar).as("the TextMate grammar highlights %s", spelling).contains(spelling);
      }
    }
  }
}
