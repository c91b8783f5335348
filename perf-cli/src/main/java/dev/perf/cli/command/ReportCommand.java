package dev.perf.cli.command;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.io.AtomicWriter;
import dev.perf.cli.io.SourceReader;
import dev.perf.cli.io.Workspace;
import dev.perf.cli.output.Charts;
import dev.perf.cli.output.HtmlPage;
import dev.perf.cli.output.MarkdownReport;
import dev.perf.cli.report.ReportBuilder;
import dev.perf.cli.report.Sheet;
import dev.perf.eval.validate.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perf report}: one self-contained HTML page (or Markdown) with the department overview, each
 * project's target table, spending curve, self-evaluation with its score chart, and monitoring view.
 */
@Command(name = "report",
    mixinStandardHelpOptions = true,
    description = {"生成一页自包含的 HTML 报告：部门总览、绩效目标表、自评表、运行监控与图表（内嵌 SVG，可按 A4 横向打印）。",
        "Write one self-contained HTML page: overview, target tables, self-evaluations, monitoring and charts (inline SVG, A4 landscape print)."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf report examples/ -o report.html",
        "  perf report --policy sichuan tables/ evaluations/ -o 绩效报告.html",
        "  perf report --format md examples/ > report.md",
        "",
        "Exit codes / 退出码: 0 ok, 1 a file has errors or a record names an unknown project, 2 usage or I/O error"})
public final class ReportCommand extends BaseCommand {
  /** Output formats. */
  public enum Format { HTML, MD }

  @Option(names = {"-o", "--output"}, paramLabel = "FILE", defaultValue = "-",
      description = {"输出文件（默认 - 即标准输出） / output file (default - for standard output)"})
  String output = "-";

  @Option(names = "--format", paramLabel = "html|md", defaultValue = "html",
      description = {"html（默认）或 md / html (default) or md"})
  Format format = Format.HTML;

  @Option(names = "--title", paramLabel = "TEXT", description = {"报告标题 / the report's title"})
  String title;

  @Mixin
  PolicyOption policy = new PolicyOption();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {"文件或目录 / files or directories"})
  List<String> operands = new ArrayList<>();

  @Override
  public Integer call() {
    Texts texts = texts();
    Workspace ws = Workspace.load(inputs(operands), reader(), err(), texts);
    Assessments assessments = new Assessments(ws, texts, err());
    ReportBuilder builder = new ReportBuilder(texts, new Charts(texts), Validator.standard().withPolicy(policy.policy()));
    ReportBuilder.Content content = builder.build(ws, assessments.evaluations(policy.policy()),
        assessments.monitoring(Optional.empty(), policy.policy()), ws.monitorings());
    String heading = title != null ? title : content.title();
    String text;
    if (format == Format.MD) {
      List<Sheet> sheets = content.sheets();
      text = "# " + heading + "\n\n" + content.meta() + "\n\n---\n\n" + MarkdownReport.render(sheets);
    } else {
      text = HtmlPage.page(texts, heading, content.meta(), content.html());
    }
    if (output.equals("-")) {
      out().print(text);
      out().flush();
    } else {
      try {
        AtomicWriter.write(Path.of(output), text);
      } catch (IOException | java.nio.file.InvalidPathException e) {
        String why = e instanceof IOException ? SourceReader.describe((IOException) e) : e.getMessage();
        throw new CliException(texts.t("无法写入 " + output + "：" + why, "cannot write " + output + ": " + why), e);
      }
      err().println(texts.t("已生成报告：", "report written: ") + output);
    }
    if (ws.unreadable() > 0) {
      return ExitCodes.USAGE;
    }
    return ws.withErrors() > 0 || assessments.orphans() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
