package dev.perf.cli.command;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.io.Input;
import dev.perf.cli.io.Progress;
import dev.perf.cli.io.ProjectIndex;
import dev.perf.cli.io.SourceReader;
import dev.perf.cli.output.DiagnosticSink;
import dev.perf.cli.output.JsonDiagnostics;
import dev.perf.cli.output.SarifWriter;
import dev.perf.cli.output.Tally;
import dev.perf.cli.output.TextDiagnostics;
import dev.perf.dsl.ParseResult;
import dev.perf.eval.validate.Validator;
import dev.perf.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perf check}: parses and validates files one at a time (nothing of a file is kept once its
 * diagnostics are written), and reports every diagnostic as text, JSON or SARIF.
 */
@Command(name = "check",
    mixinStandardHelpOptions = true,
    description = {"解析并校验 .perf 文件，列出所有诊断。", "Parse and validate .perf files and report every diagnostic."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf check examples/",
        "  perf check --format sarif --fail-on warning tables/ > perf.sarif",
        "  perf check --disable PERF-W202 --disable PERF-I201 table.perf",
        "  cat table.perf | perf check -",
        "",
        "Exit codes / 退出码: 0 ok, 1 findings at or above --fail-on, 2 usage or I/O error"})
public final class CheckCommand extends BaseCommand {
  /** Output formats. */
  public enum Format { TEXT, JSON, SARIF }

  @Option(names = "--format", paramLabel = "text|json|sarif", defaultValue = "text",
      description = {"输出格式：text（默认）、json、sarif / output format (default text)"})
  Format format = Format.TEXT;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
      description = {"达到该级别的诊断使退出码为 1（默认 error） / exit 1 on findings at or above this level (default error)"})
  FailOn failOn = FailOn.ERROR;

  @Option(names = "--disable", paramLabel = "RULE", split = ",",
      description = {"关闭规则（可重复，如 PERF-W202）；与文件中的 # perf:disable 合并 / "
          + "switch a rule off (repeatable); merged with the file's # perf:disable"})
  List<String> disabled = new ArrayList<>();

  @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
      description = {"并行检查的线程数（默认 1）；输出顺序不变 / worker threads (default 1); output order is unchanged"})
  int threads = 1;

  @Mixin
  PolicyOption policy = new PolicyOption();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {"文件、目录（递归查找 *.perf）或 -（标准输入） / "
      + "files, directories (searched for *.perf) or - for standard input"})
  List<String> operands = new ArrayList<>();

  @Override
  public Integer call() {
    Texts texts = texts();
    List<Input> inputs = inputs(operands);
    Set<String> cliDisabled = new LinkedHashSet<>(disabled.stream().map(String::strip).toList());
    Validator validator = Validator.standard().withPolicy(policy.policy()).withDisabled(cliDisabled);
    DiagnosticSink sink = sink(texts);
    SourceReader reader = reader();
    FileValidation validation = new FileValidation(validator, new ProjectIndex(inputs, reader)::project);
    Tally tally = new Tally();
    boolean failed = false;
    if (threads < 1) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          texts.t("--threads 至少为 1", "--threads must be at least 1"));
    }
    try (Progress progress = Progress.start(err(), inputs.size());
        CheckedFiles files = new CheckedFiles(inputs, input -> check(input, reader, validation, cliDisabled), threads)) {
      int n = 0;
      while (files.hasNext()) {
        Checked c = files.next();
        progress.step(++n, c.input().name());
        if (c.unreadable().isPresent()) {
          tally.addUnreadable();
          sink.unreadable(c.input().name(), c.unreadable().get());
          continue;
        }
        tally.add(c.diagnostics());
        failed |= c.diagnostics().stream().anyMatch(d -> failOn.fails(d.severity()));
        sink.file(c.fileName(), c.source(), c.diagnostics());
      }
    }
    sink.finish(tally);
    if (tally.unreadable() > 0) {
      return ExitCodes.USAGE;
    }
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  /**
   * One file checked: its name and text as parsed and its diagnostics, or why it could not be read.
   * The model is not kept: results wait in order for the output, and only the text is needed there.
   */
  record Checked(Input input, String fileName, String source, java.util.Optional<String> unreadable,
      List<Diagnostic> diagnostics) {}

  private static Checked check(Input input, SourceReader reader, FileValidation validation, Set<String> cliDisabled) {
    try {
      ParseResult parsed = reader.parse(input);
      return new Checked(input, parsed.fileName(), parsed.source(), java.util.Optional.empty(),
          diagnostics(parsed, validation, cliDisabled));
    } catch (CliException e) {
      return new Checked(input, input.name(), "", java.util.Optional.of(e.getMessage()), List.of());
    }
  }

  /**
   * The parser's diagnostics (minus rules switched off on the command line; syntax errors cannot be
   * switched off) and, when the file parsed without errors, the validator's.
   */
  static List<Diagnostic> diagnostics(ParseResult parsed, FileValidation validation, Set<String> cliDisabled) {
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : parsed.diagnostics()) {
      if (d.ruleId().startsWith("PERF-E0") || !cliDisabled.contains(d.ruleId())) {
        out.add(d);
      }
    }
    if (!parsed.hasErrors()) {
      out.addAll(validation.validate(parsed));
    }
    out.sort(java.util.Comparator.comparing((Diagnostic d) -> d.span().isEmpty())
        .thenComparingInt(d -> d.span().map(s -> s.line()).orElse(0))
        .thenComparingInt(d -> d.span().map(s -> s.column()).orElse(0)));
    return out;
  }

  private DiagnosticSink sink(Texts texts) {
    if (format == Format.JSON) {
      return new JsonDiagnostics(out());
    }
    if (format == Format.SARIF) {
      return new SarifWriter(out(), texts);
    }
    return new TextDiagnostics(out(), texts);
  }
}
