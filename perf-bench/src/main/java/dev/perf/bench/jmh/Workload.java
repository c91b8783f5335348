package dev.perf.bench.jmh;

import dev.perf.bench.corpus.Corpus;
import dev.perf.bench.json.JsonMapping;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.model.Document;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The data of one benchmark operation, in two shapes: {@code files} — {@value #FILES} projects, one
 * file each (the county folder case); {@code document} — one document of 1 MB (the large-file case).
 * Every benchmark does one pass over all of it per operation, so ops/s × {@link #perfBytes} is MB/s
 * and ops/s × {@link #indicators} is indicators per second.
 */
@State(Scope.Benchmark)
public class Workload {
  /** Projects in the {@code files} shape. */
  public static final int FILES = 400;
  /** Bytes of the {@code document} shape. */
  public static final int DOCUMENT_BYTES = 1 << 20;

  @Param({"files", "document"})
  public String shape;

  /** The .perf files as UTF-8. */
  public List<byte[]> perf;
  /** The same data as JSON, file by file. */
  public List<byte[]> json;
  /** The parsed files, for the stages after parsing. */
  public List<ParseResult> parsed;
  /** Every (project, self-evaluation) pair, for the evaluator. */
  public List<Project> projects;
  public List<SelfEvaluation> records;
  public long perfBytes;
  public long jsonBytes;
  /** Indicators of the target tables (the unit of "indicators per second"). */
  public long indicators;

  @Setup(Level.Trial)
  public void setup() {
    Corpus corpus = Corpus.standard();
    List<String> texts = shape.equals("files") ? corpus.projectFiles(FILES) : List.of(corpus.documentOfBytes(DOCUMENT_BYTES));
    perf = new ArrayList<>();
    json = new ArrayList<>();
    parsed = new ArrayList<>();
    projects = new ArrayList<>();
    records = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      byte[] bytes = texts.get(i).getBytes(StandardCharsets.UTF_8);
      ParseResult result = PerfParser.parse(texts.get(i), name(i));
      if (result.hasErrors()) {
        throw new IllegalStateException("corpus does not parse: " + result.diagnostics().get(0));
      }
      Document document = result.document();
      byte[] asJson = JsonMapping.write(document);
      perf.add(bytes);
      json.add(asJson);
      parsed.add(result);
      perfBytes += bytes.length;
      jsonBytes += asJson.length;
      for (SelfEvaluation e : document.selfEvaluations()) {
        Project p = document.project(e.projectCode()).orElseThrow();
        projects.add(p);
        records.add(e);
        indicators += p.indicators().map(t -> t.indicators().count()).orElse(0L);
      }
    }
  }

  /** The file name diagnostics cite for text {@code i}. */
  public static String name(int i) {
    return "p" + i + ".perf";
  }
}
