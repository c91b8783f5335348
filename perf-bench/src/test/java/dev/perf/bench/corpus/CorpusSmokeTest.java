package dev.perf.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.bench.json.JsonMapping;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.Evaluator;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Document;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The generated corpus is deterministic, valid, complete, and its JSON reads back equal. No timings. */
class CorpusSmokeTest {

  @Test
  void sameSeedSameText() {
    assertThat(new Corpus(7).projectFile(3)).isEqualTo(new Corpus(7).projectFile(3));
    assertThat(new Corpus(7).projectFile(3)).isNotEqualTo(new Corpus(8).projectFile(3));
  }

  @Test
  void documentParsesWithoutErrorsAndValidates() {
    String text = Corpus.standard().document(200);
    ParseResult parsed = PerfParser.parse(text, "corpus.perf");
    assertThat(parsed.diagnostics().stream().filter(Diagnostic::isError)).isEmpty();
    Document document = parsed.document();
    assertThat(document.projects()).hasSize(200);
    assertThat(document.selfEvaluations()).hasSize(200);
    assertThat(document.monitorings()).hasSize(200);
    List<Diagnostic> findings = Validator.standard().validate(document, parsed.sourceMap(), parsed.disabledRules());
    assertThat(findings.stream().filter(Diagnostic::isError)).isEmpty();
    assertThat(Evaluator.evaluate(document, ScoringPolicy.national())).hasSize(200);
    Set<Class<?>> forms = document.projects().stream().flatMap(p -> p.indicators().orElseThrow().indicators())
        .map(i -> i.target().getClass()).collect(Collectors.toSet());
    assertThat(forms).contains(Comparison.class, Exact.class, Range.class, Deadline.class, Qualitative.class);
  }

  @Test
  void comparisonsWrittenInWordsAreComparisonsNotQualitativeText() {
    String text = Corpus.standard().document(200);
    for (String form : List.of("不少于", "不低于", "至少", "以上", "及以上", "不超过", "控制在", "以内", "低于", "少于", "‰",
        " 元", "不适用")) {
      assertThat(text).as(form).contains(form);
    }
    Document document = PerfParser.parse(text, "corpus.perf").document();
    List<String> qualitative = document.projects().stream().flatMap(p -> p.indicators().orElseThrow().indicators())
        .map(i -> i.target()).filter(Qualitative.class::isInstance).map(t -> ((Qualitative) t).text()).toList();
    assertThat(qualitative).isNotEmpty().noneMatch(t -> t.chars().anyMatch(Character::isDigit));
  }

  @Test
  void jsonReadsBackToTheSameModel() {
    Document document = PerfParser.parse(Corpus.standard().document(20), "c.perf").document();
    assertThat(JsonMapping.read(JsonMapping.write(document))).isEqualTo(document);
  }

  @Test
  void oneMegabyteDocumentIsAboutOneMegabyte() {
    int bytes = Corpus.standard().documentOfBytes(1 << 20).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
    assertThat(bytes).isBetween(1 << 20, (1 << 20) + 16_000);
  }
}
