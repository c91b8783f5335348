package dev.perf.cli.command;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.io.Workspace;
import dev.perf.cli.output.MarkdownReport;
import dev.perf.cli.output.MonitorJson;
import dev.perf.cli.output.TextReport;
import dev.perf.cli.report.MonitorSheets;
import dev.perf.cli.report.Sheet;
import dev.perf.eval.monitor.MonitoringReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perf monitor}: the 绩效运行监控 view of every project with a 监控 record — spending against
 * plan with a 绿/黄/红 warning, and progress towards each target.
 */
@Command(name = "monitor",
    mixinStandardHelpOptions = true,
    description = {"绩效运行监控：预算执行进度（绿/黄/红预警）与绩效目标完成情况。",
        "Performance monitoring: spending against plan (green/yellow/red) and progress towards each target."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf monitor table.perf monitoring.perf",
        "  perf monitor --as-of 2025-07-31 tables/",
        "  perf monitor --format json tables/ > monitor.json",
        "",
        "Exit codes / 退出码: 0 ok, 1 a file has errors, a record names an unknown project,",
        "  or a finding is at or above --fail-on; 2 usage or I/O error"})
public final class MonitorCommand extends BaseCommand {
  /** Output formats. */
  public enum Format { TEXT, MD, JSON }

  @Option(names = "--as-of", paramLabel = "DATE", description = {"使用该日期（含）之前最近的一次监控记录，格式 2025-07-31 / "
      + "use each project's latest record dated on or before DATE (default: the latest)"})
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "text|md|json", defaultValue = "text",
      description = {"输出格式（默认 text） / output format (default text)"})
  Format format = Format.TEXT;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
      description = {"达到该级别的监控说明使退出码为 1（默认 error；warning 时黄/红预警即失败） / "
          + "exit 1 on findings at or above this level (warning: any yellow or red light fails)"})
  FailOn failOn = FailOn.ERROR;

  @Mixin
  PolicyOption policy = new PolicyOption();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {"含项目与监控记录的文件或目录 / "
      + "files or directories with the projects and their 监控 records"})
  List<String> operands = new ArrayList<>();

  @Override
  public Integer call() {
    Texts texts = texts();
    Workspace ws = Workspace.load(inputs(operands), reader(), err(), texts);
    Assessments assessments = new Assessments(ws, texts, err());
    List<MonitoringReport> reports = assessments.monitoring(Optional.ofNullable(asOf), policy.policy());
    if (reports.isEmpty() && assessments.orphans() == 0) {
      err().println(texts.t("没有找到监控记录（监控 \"项目编码\" 截至 日期 { … }）",
          "no monitoring records found (监控 \"CODE\" 截至 DATE { … })"));
    }
    MonitorSheets sheets = new MonitorSheets(texts);
    List<Sheet> all = reports.stream().map(sheets::sheet).toList();
    try {
      switch (format) {
        case MD -> out().print(MarkdownReport.render(all));
        case JSON -> MonitorJson.write(out(), reports);
        default -> out().print(TextReport.render(all));
      }
    } catch (IOException e) {
      throw new CliException("cannot write output: " + e.getMessage(), e);
    }
    out().flush();
    if (ws.unreadable() > 0) {
      return ExitCodes.USAGE;
    }
    boolean failed = ws.withErrors() > 0 || assessments.orphans() > 0
        || reports.stream().anyMatch(r -> Assessments.fails(r.findings(), failOn));
    return failed ? ExitCodes.FINDINGS : ExitCodes.OK;
  }
}
