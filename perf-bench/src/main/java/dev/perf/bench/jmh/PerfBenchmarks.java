package dev.perf.bench.jmh;

import dev.perf.bench.json.JsonMapping;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.lex.FoldingCharStream;
import dev.perf.dsl.lex.KeywordTokenSource;
import dev.perf.dsl.lex.PerfLexer;
import dev.perf.dsl.print.PerfPrinter;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.eval.validate.Validator;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Every stage over the same {@link Workload}, one pass per operation, so that ratios between the
 * benchmarks of one run compare like with like. All inputs start as UTF-8 bytes in memory.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PerfBenchmarks {
  private static final Validator VALIDATOR = Validator.standard();
  private static final ScoringPolicy POLICY = ScoringPolicy.national();

  /** The floor: decode the bytes (what any reader of this text must do). */
  @Benchmark
  public void floor(Workload w, Blackhole bh) {
    for (byte[] b : w.perf) {
      bh.consume(new String(b, StandardCharsets.UTF_8));
    }
  }

  /** Decode and lex as the parser does: folding stream, {@link PerfLexer}, keyword re-typing. */
  @Benchmark
  public void lex(Workload w, Blackhole bh) {
    for (byte[] b : w.perf) {
      String text = new String(b, StandardCharsets.UTF_8);
      bh.consume(drain(new KeywordTokenSource(new PerfLexer(FoldingCharStream.of(text, "f")))));
    }
  }

  /** Decode and lex with the generated lexer over ANTLR's stock stream: what the lexing design saves. */
  @Benchmark
  public void lexStock(Workload w, Blackhole bh) {
    for (byte[] b : w.perf) {
      String text = new String(b, StandardCharsets.UTF_8);
      bh.consume(drain(new KeywordTokenSource(stockLexer(CharStreams.fromString(text, "f")))));
    }
  }

  /** Decode, parse and build the model (with source map and diagnostics): {@code PerfParser.parse}. */
  @Benchmark
  public void parse(Workload w, Blackhole bh) {
    for (int i = 0; i < w.perf.size(); i++) {
      bh.consume(PerfParser.parse(new String(w.perf.get(i), StandardCharsets.UTF_8), Workload.name(i)).document());
    }
  }

  /** The baseline: Jackson databind reads the same data as JSON into the same records. */
  @Benchmark
  public void jackson(Workload w, Blackhole bh) {
    for (byte[] b : w.json) {
      bh.consume(JsonMapping.read(b));
    }
  }

  /** Every validation rule over the parsed documents. */
  @Benchmark
  public void validate(Workload w, Blackhole bh) {
    for (ParseResult r : w.parsed) {
      bh.consume(VALIDATOR.validate(r.document(), r.sourceMap(), r.disabledRules()));
    }
  }

  /** The self-evaluation of every project under the national policy (BigDecimal arithmetic). */
  @Benchmark
  public void evaluate(Workload w, Blackhole bh) {
    for (int i = 0; i < w.projects.size(); i++) {
      bh.consume(Evaluator.evaluate(w.projects.get(i), w.records.get(i), POLICY));
    }
  }

  /**
   * The same self-evaluations with their whole presentation forced — rows, subtotals, claim review
   * and findings — as a report writer needs them; {@link #evaluate} pays for the scoring kernel only.
   */
  @Benchmark
  public void evaluateFullReport(Workload w, Blackhole bh) {
    for (int i = 0; i < w.projects.size(); i++) {
      EvaluationReport report = Evaluator.evaluate(w.projects.get(i), w.records.get(i), POLICY);
      bh.consume(report.categories());
      bh.consume(report.findings());
    }
  }

  /** The canonical printer over the parsed documents. */
  @Benchmark
  public void print(Workload w, Blackhole bh) {
    for (ParseResult r : w.parsed) {
      bh.consume(PerfPrinter.print(r.document()));
    }
  }

  private static PerfBaseLexer stockLexer(CharStream stream) {
    PerfBaseLexer lexer = new PerfBaseLexer(stream);
    lexer.removeErrorListeners();
    return lexer;
  }

  private static int drain(TokenSource source) {
    int n = 0;
    for (Token t = source.nextToken(); t.getType() != Token.EOF; t = source.nextToken()) {
      n += t.getType();
    }
    return n;
  }
}
