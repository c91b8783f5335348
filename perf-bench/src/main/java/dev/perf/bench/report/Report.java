package dev.perf.bench.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Prints the results table of {@code ./bench}: for every benchmark and shape MB/s, indicators/s,
 * allocation per MB of input and the ratios to the floor and to Jackson (all from the same JMH run),
 * then the targets of issue 6 with PASS/FAIL, including the cold-start and 100 000-project figures the
 * script measured outside JMH.
 *
 * <p>Usage: {@code Report JMH_JSON EXTRA_PROPERTIES}.
 */
public final class Report {
  private static final double MB = 1_000_000.0;
  private final Map<String, Measurement> results = new LinkedHashMap<>();
  private final Map<String, WorkloadSize> sizes = new LinkedHashMap<>();
  private final Properties extra = new Properties();
  private final StringBuilder out = new StringBuilder();
  private final List<Boolean> verdicts = new ArrayList<>();

  private Report() {}

  public static void main(String[] args) throws IOException {
    Report report = new Report();
    report.load(Path.of(args[0]), Path.of(args[1]));
    report.table();
    report.targets();
    System.out.print(report.out);
  }

  private void load(Path jmhJson, Path extraFile) throws IOException {
    for (JsonNode run : new ObjectMapper().readTree(jmhJson.toFile())) {
      String benchmark = run.get("benchmark").asText().replaceAll(".*\\.", "");
      String shape = run.path("params").path("shape").asText("");
      double ops = run.get("primaryMetric").get("score").asDouble();
      JsonNode alloc = run.path("secondaryMetrics").path("gc.alloc.rate.norm").path("score");
      results.put(benchmark + "/" + shape, new Measurement(benchmark, shape, ops, alloc.isMissingNode() ? Double.NaN
          : alloc.asDouble()));
      sizes.computeIfAbsent(shape, WorkloadSize::of);
    }
    if (Files.exists(extraFile)) {
      try (InputStream in = Files.newInputStream(extraFile)) {
        extra.load(in);
      }
    }
  }

  private void table() {
    line("| benchmark | shape | MB/s | indicators/s | alloc MB per MB | × floor | × Jackson |");
    line("|---|---|---:|---:|---:|---:|---:|");
    for (Measurement m : results.values()) {
      WorkloadSize size = sizes.get(m.shape());
      double mbPerSecond = m.opsPerSecond() * size.perfBytes() / MB;
      double allocPerMb = m.allocBytesPerOp() / size.perfBytes();
      line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s |", m.benchmark(), m.shape(),
          fixed(mbPerSecond, 1), grouped(m.opsPerSecond() * size.indicators()), fixed(allocPerMb, 1),
          ratio(m, "floor"), ratio(m, "jackson")));
    }
    line("");
    for (Map.Entry<String, WorkloadSize> e : sizes.entrySet()) {
      WorkloadSize s = e.getValue();
      line(String.format(Locale.ROOT, "- shape `%s`: %s bytes of .perf (%s bytes as JSON), %s indicators per operation",
          e.getKey(), grouped(s.perfBytes()), grouped(s.jsonBytes()), grouped(s.indicators())));
    }
    line("- MB/s and alloc per MB are per MB of .perf text (Jackson too: same data, its JSON is "
        + "the other size); × floor and × Jackson compare operations per second (= indicators per second).");
    line("");
  }

  private void targets() {
    line("| target | measured | goal | result |");
    line("|---|---|---|---|");
    for (String shape : sizes.keySet()) {
      Measurement parse = results.get("parse/" + shape);
      Measurement jackson = results.get("jackson/" + shape);
      if (parse != null && jackson != null) {
        double r = parse.opsPerSecond() / jackson.opsPerSecond();
        verdict("parse + build model vs Jackson (" + shape + ")", fixed(r, 2) + "×", "≥ 0.5×", r >= 0.5);
      }
      if (parse != null && !Double.isNaN(parse.allocBytesPerOp())) {
        double a = parse.allocBytesPerOp() / sizes.get(shape).perfBytes();
        verdict("parse allocation per MB of input (" + shape + ")", fixed(a, 1) + " MB", "≤ 30 MB", a <= 30);
      }
      Measurement evaluate = results.get("evaluate/" + shape);
      if (evaluate != null) {
        double perSecond = evaluate.opsPerSecond() * sizes.get(shape).indicators();
        verdict("evaluation, indicators per second (" + shape + ")", grouped(perSecond), "≥ 10 000 000",
            perSecond >= 10_000_000);
      }
    }
    double empty = number("cold.empty.ms");
    double check = number("cold.check.ms");
    if (!Double.isNaN(empty) && !Double.isNaN(check)) {
      double r = check / empty;
      verdict("cold `perf check` of the seed example vs empty JVM", String.format(Locale.ROOT, "%.0f ms vs %.0f ms = %.2f×",
          check, empty, r), "≤ 5×", r <= 5);
    }
    double one = number("folder.1.seconds");
    double two = number("folder.2.seconds");
    String files = extra.getProperty("folder.1.files", "?");
    if (!Double.isNaN(one)) {
      boolean complete = extra.getProperty("folder.expected", "").equals(files)
          && extra.getProperty("folder.2.files", "").equals(files);
      verdict(extra.getProperty("folder.expected", "?") + " projects checked with -Xmx512m (1 and 2 threads; peak heap " + extra.getProperty("folder.1.peakmb", "?")
          + " / " + extra.getProperty("folder.2.peakmb", "?") + " MB)", files + " files, " + fixed(one, 1) + " s / "
          + fixed(two, 1) + " s", "completes", complete);
    }
    double cliOne = number("perfcheck.1.seconds");
    double cliTwo = number("perfcheck.2.seconds");
    if (!Double.isNaN(cliOne)) {
      boolean ok = extra.getProperty("perfcheck.1.exit", "").matches("[01]") && extra.getProperty("perfcheck.2.exit", "").matches("[01]");
      verdict("`perf check` (the CLI) of the " + extra.getProperty("folder.expected", "?")
          + "-project folder with -Xmx512m, 1 and 2 threads (median of " + extra.getProperty("perfcheck.runs", "1")
          + " runs each, in turn)", fixed(cliOne, 1) + " s / " + fixed(cliTwo, 1) + " s, exit "
          + extra.getProperty("perfcheck.1.exit") + " / " + extra.getProperty("perfcheck.2.exit"), "completes", ok);
      double speedUp = cliOne / cliTwo;
      verdict("`perf check --threads 2` vs `--threads 1`", fixed(speedUp, 2) + "×", "≥ 1.6×", speedUp >= 1.6);
    }
    double steadyOne = number("steady.1.seconds");
    double steadyTwo = number("steady.2.seconds");
    if (!Double.isNaN(steadyOne)) {
      line("| (not a target) the same check on 2 threads vs 1 once compiled: harness, one JVM, after a warm-up"
          + " pass | " + fixed(steadyOne, 1) + " s / " + fixed(steadyTwo, 1) + " s = " + fixed(steadyOne / steadyTwo, 2)
          + "× | — | — |");
    }
    long failed = verdicts.stream().filter(v -> !v).count();
    line("");
    line(failed == 0 ? "All targets PASS." : failed + " of " + verdicts.size() + " targets FAIL.");
  }

  private void verdict(String what, String measured, String goal, boolean pass) {
    verdicts.add(pass);
    line("| " + what + " | " + measured + " | " + goal + " | " + (pass ? "PASS" : "**FAIL**") + " |");
  }

  private String ratio(Measurement m, String baseline) {
    Measurement base = results.get(baseline + "/" + m.shape());
    return base == null ? "" : fixed(m.opsPerSecond() / base.opsPerSecond(), 3);
  }

  private double number(String key) {
    String v = extra.getProperty(key);
    return v == null || v.isBlank() ? Double.NaN : Double.parseDouble(v);
  }

  private static String fixed(double v, int decimals) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  private static String grouped(double v) {
    return String.format(Locale.ROOT, "%,.0f", v).replace(',', ' ');
  }

  private void line(String s) {
    out.append(s).append('\n');
  }
}
