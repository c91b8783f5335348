package dev.perf.cli.command;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.io.AtomicWriter;
import dev.perf.cli.io.Input;
import dev.perf.cli.io.Progress;
import dev.perf.cli.io.SourceReader;
import dev.perf.cli.output.UnifiedDiff;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.print.PerfFormatter;
import dev.perf.dsl.print.PrintOptions;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perf fmt}: rewrites files in the canonical layout, keeping every comment. A file with errors
 * is never written (its errors are shown instead); files are replaced atomically.
 */
@Command(name = "fmt",
    mixinStandardHelpOptions = true,
    description = {"按规范格式重写 .perf 文件（保留注释与空行分组；有错误的文件不写）。",
        "Rewrite .perf files in the canonical layout (comments and blank-line groups kept; files with errors are left alone)."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf fmt examples/                 rewrite in place / 就地重写",
        "  perf fmt --check tables/            CI: exit 1 if a file is not formatted / 未格式化则退出码 1",
        "  perf fmt --diff table.perf          show what would change / 显示将要做的改动",
        "  perf fmt --lang en table.perf       English keywords / 英文关键字",
        "  perf fmt - < table.perf             format standard input to standard output",
        "",
        "Exit codes / 退出码: 0 ok, 1 a file has errors or (--check) would change, 2 usage or I/O error"})
public final class FmtCommand extends BaseCommand {
  @Option(names = "--check", description = {"只检查，不写文件；有文件需要格式化时退出码为 1 / "
      + "write nothing; exit 1 if any file would change"})
  boolean check;

  @Option(names = "--diff", description = {"输出统一格式的差异，不写文件 / print a unified diff instead of writing"})
  boolean diff;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {"文件、目录或 -（标准输入 → 标准输出） / "
      + "files, directories or - (standard input to standard output)"})
  List<String> operands = new ArrayList<>();

  @Override
  public Integer call() {
    Texts texts = texts();
    // Keywords are Chinese unless --lang en is given: the locale must never change what fmt writes.
    PrintOptions options = PrintOptions.canonical().withKeywords(lang.explicit().orElse(Language.ZH));
    List<Input> inputs = inputs(operands);
    SourceReader reader = reader();
    DiagnosticRenderer renderer = new DiagnosticRenderer(texts.language());
    int changed = 0;
    int withErrors = 0;
    int unreadable = 0;
    try (Progress progress = Progress.start(err(), inputs.size())) {
      int n = 0;
      for (Input input : inputs) {
        progress.step(++n, input.name());
        ParseResult parsed;
        try {
          parsed = reader.parse(input);
        } catch (CliException e) {
          err().println("perf fmt: " + e.getMessage());
          unreadable++;
          continue;
        }
        if (parsed.hasErrors()) {
          withErrors++;
          for (Diagnostic d : parsed.diagnostics()) {
            if (d.isError()) {
              err().print(renderer.render(d, parsed.source()));
            }
          }
          err().println(texts.t("未格式化（文件有错误）：", "not formatted (the file has errors): ") + input.name());
          continue;
        }
        String formatted = PerfFormatter.format(parsed, options);
        boolean differs = !formatted.equals(parsed.source());
        if (differs) {
          changed++;
        }
        if (input.isStdin() && !check && !diff) {
          out().print(formatted);
          continue;
        }
        if (!differs) {
          continue;
        }
        if (diff) {
          out().print(UnifiedDiff.diff(input.name(), input.name() + texts.t("（格式化后）", " (formatted)"),
              parsed.source(), formatted));
        }
        if (check) {
          if (!diff) {
            out().println(texts.t("需要格式化：", "would reformat: ") + input.name());
          }
        } else if (!diff) {
          try {
            AtomicWriter.write(input.path().orElseThrow(), formatted);
            out().println(texts.t("已格式化：", "formatted: ") + input.name());
          } catch (IOException e) {
            err().println("perf fmt: " + texts.t("无法写入 ", "cannot write ") + input.name() + ": " + SourceReader.describe(e));
            unreadable++;
          }
        }
      }
    }
    out().flush();
    if (unreadable > 0) {
      return ExitCodes.USAGE;
    }
    if (withErrors > 0 || (check && changed > 0)) {
      return ExitCodes.FINDINGS;
    }
    return ExitCodes.OK;
  }
}
