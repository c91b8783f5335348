package dev.perf.cli;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs the perf command in-process with captured output, as a test would type it. */
public final class Cli {
  /** The repository root (examples/ lives there). */
  public static final Path ROOT = Path.of(System.getProperty("perf.repoRoot", "..")).normalize();
  /** The example table, relative to the module directory tests run in. */
  public static final String EXAMPLES = "../examples";
  public static final String LAOTING = "../examples/laoting-2025.perf";
  public static final String LAOTING_EVAL = "../examples/laoting-2025-evaluation.perf";

  private Cli() {}

  /** What one run produced. */
  public record Result(int exit, String out, String err) {}

  /** Runs {@code args} with empty standard input. */
  public static Result run(String... args) {
    return runWithInput("", args);
  }

  /** Runs {@code args} with {@code stdin} as standard input. */
  public static Result runWithInput(String stdin, String... args) {
    return runWithInput(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), args);
  }

  /** Runs {@code args} with {@code in} as standard input. */
  public static Result runWithInput(InputStream in, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = PerfCli.run(args, new PrintWriter(out), new PrintWriter(err), in);
    return new Result(code, out.toString(), err.toString());
  }
}
