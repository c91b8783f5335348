package org.example.embedding;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses .perf files, prints their diagnostics, validates them together and prints one line per
 * self-evaluation: project, total, grade. Run: {@code EvaluateFiles examples/laoting-2025.perf
 * examples/laoting-2025-evaluation.perf}.
 */
public final class EvaluateFiles {
  private EvaluateFiles() {}

  public static void main(String[] args) throws IOException {
    run(List.of(args).stream().map(Path::of).toList(), System.out);
  }

  /** Does the work of {@link #main} and returns how many files had errors. */
  static int run(List<Path> files, PrintStream out) throws IOException {
    DiagnosticRenderer renderer = new DiagnosticRenderer(Language.ZH);
    List<DocumentItem> items = new ArrayList<>();
    int broken = 0;
    for (Path file : files) {
      ParseResult parsed = PerfParser.parse(file);
      parsed.diagnostics().forEach(d -> out.print(renderer.render(d, parsed.source())));
      if (parsed.hasErrors()) {
        broken++;
        continue;
      }
      items.addAll(parsed.document().items());
    }
    Document all = new Document(items);
    for (Diagnostic d : Validator.standard().validate(all)) {
      out.println(d.ruleId() + " " + d.message().zh());
    }
    for (EvaluationReport r : Evaluator.evaluate(all, ScoringPolicy.national())) {
      out.println(r.projectCode() + " " + r.projectName() + " " + r.total() + " " + r.grade().chinese());
    }
    return broken;
  }
}
