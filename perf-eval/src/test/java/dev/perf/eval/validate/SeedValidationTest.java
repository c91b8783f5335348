package dev.perf.eval.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.fixture.Seed;
import dev.perf.model.Document;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedValidationTest {
  @Test
  void theSeedsFirstTableReportsExactlyTheCostCeilingWarning() {
    List<Diagnostic> diagnostics = Validator.standard().validate(Seed.firstTable());

    assertThat(diagnostics).hasSize(1);
    Diagnostic d = diagnostics.get(0);
    assertThat(d.ruleId()).isEqualTo("PERF-W202");
    assertThat(d.severity()).isEqualTo(Severity.WARNING);
    assertThat(d.message().zh()).contains("控制在预算内", "≤22 万元", "20.00");
    assertThat(d.message().en()).contains("exceeds", "20.00");
    assertThat(d.hint()).isPresent();
  }

  @Test
  void theWholeSeedWithItsRecordsReportsOnlyTheSameWarning() {
    List<Diagnostic> diagnostics = Validator.standard().validate(Seed.all());

    assertThat(diagnostics).extracting(Diagnostic::ruleId).containsExactly("PERF-W202");
  }

  @Test
  void theSpanComesFromTheSourceMapTargetProperty() {
    Document doc = Seed.firstTable();
    var indicator = doc.projects().get(0).indicators().orElseThrow().indicator("控制在预算内").orElseThrow();
    SourceSpan target = SourceSpan.of("seed.perf", 38, 30, 7);
    SourceMap map = new SourceMap.Builder().put(indicator, SourceSpan.of("seed.perf", 38, 7, 30)).put(indicator, "target", target)
        .build();

    List<Diagnostic> diagnostics = Validator.standard().validate(doc, map);

    assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.span()).contains(target));
  }

  @Test
  void aRuleSwitchedOffForTheRunOrForTheFileIsSilent() {
    assertThat(Validator.standard().disabling("PERF-W202").validate(Seed.firstTable())).isEmpty();
    assertThat(Validator.standard().validate(Seed.firstTable(), SourceMap.empty(), Set.of("PERF-W202"))).isEmpty();
    assertThat(Validator.standard().disabling("PERF-W202").rules()).extracting(ValidationRule::id)
        .doesNotContain("PERF-W202");
  }

  @Test
  void everyRuleHasAStableIdSeverityMessagesAndHint() {
    List<ValidationRule> rules = Validator.allRules();
    assertThat(rules).extracting(ValidationRule::id).doesNotHaveDuplicates()
        .allMatch(id -> id.matches("PERF-(E2|W2|I2|E3|W3)\\d\\d"));
    for (ValidationRule r : rules) {
      char letter = r.id().charAt(5);
      assertThat(r.severity()).as(r.id()).isEqualTo(letter == 'E' ? Severity.ERROR : letter == 'W' ? Severity.WARNING : Severity.INFO);
      assertThat(r.title().zh()).as(r.id()).isNotBlank();
      assertThat(r.title().en()).as(r.id()).isNotBlank();
      assertThat(r.hint().zh()).as(r.id()).isNotBlank();
      assertThat(r.hint().en()).as(r.id()).isNotBlank();
    }
  }
}
