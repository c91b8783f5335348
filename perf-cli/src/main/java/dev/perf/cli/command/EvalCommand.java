package dev.perf.cli.command;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.io.Workspace;
import dev.perf.cli.output.Csv;
import dev.perf.cli.output.EvalJson;
import dev.perf.cli.output.HtmlPage;
import dev.perf.cli.output.HtmlSheets;
import dev.perf.cli.output.MarkdownReport;
import dev.perf.cli.output.TextReport;
import dev.perf.cli.report.EvalSheets;
import dev.perf.cli.report.Formats;
import dev.perf.cli.report.Sheet;
import dev.perf.eval.score.CategoryResult;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.IndicatorResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perf eval}: scores every 自评 record with perf-eval's evaluator and prints the
 * 项目支出绩效自评表, with the review of claimed scores where the record states them.
 */
@Command(name = "eval",
    mixinStandardHelpOptions = true,
    description = {"对每条自评记录评分，输出项目支出绩效自评表（含自评复核）。",
        "Score every self-evaluation record and print the self-evaluation table (with the review of claimed scores)."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf eval table.perf evaluation.perf",
        "  perf eval --policy sichuan --format md evaluations/ > 自评.md",
        "  perf eval --format csv evaluations/ > 自评.csv",
        "",
        "Exit codes / 退出码: 0 ok, 1 a file has errors, a record names an unknown project,",
        "  or a finding is at or above --fail-on; 2 usage or I/O error"})
public final class EvalCommand extends BaseCommand {
  /** Output formats. */
  public enum Format { TEXT, MD, HTML, JSON, CSV }

  @Option(names = "--format", paramLabel = "text|md|html|json|csv", defaultValue = "text",
      description = {"输出格式（默认 text） / output format (default text)"})
  Format format = Format.TEXT;

  @Option(names = "--fail-on", paramLabel = "error|warning|info|never", defaultValue = "error",
      description = {"达到该级别的评价说明使退出码为 1（默认 error） / exit 1 on findings at or above this level"})
  FailOn failOn = FailOn.ERROR;

  @Mixin
  PolicyOption policy = new PolicyOption();

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {"含项目与自评记录的文件或目录 / "
      + "files or directories with the projects and their 自评 records"})
  List<String> operands = new ArrayList<>();

  @Override
  public Integer call() {
    Texts texts = texts();
    Workspace ws = Workspace.load(inputs(operands), reader(), err(), texts);
    Assessments assessments = new Assessments(ws, texts, err());
    List<EvaluationReport> reports = assessments.evaluations(policy.policy());
    if (reports.isEmpty() && assessments.orphans() == 0) {
      err().println(texts.t("没有找到自评记录（自评 \"项目编码\" { … }）", "no self-evaluation records found (自评 \"CODE\" { … })"));
    }
    try {
      write(texts, reports);
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

  private void write(Texts texts, List<EvaluationReport> reports) throws IOException {
    EvalSheets sheets = new EvalSheets(texts);
    List<Sheet> all = reports.stream().map(sheets::sheet).toList();
    switch (format) {
      case MD -> out().print(MarkdownReport.render(all));
      case HTML -> {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < all.size(); i++) {
          body.append(HtmlSheets.render(all.get(i), "eval-" + (i + 1)).replaceFirst("class=\"sheet\"",
              i == 0 ? "class=\"sheet first\"" : "class=\"sheet\""));
        }
        out().print(HtmlPage.page(texts, texts.t("项目支出绩效自评表", "Self-evaluation"),
            policy.policy().name(), body.toString()));
      }
      case JSON -> EvalJson.write(out(), reports);
      case CSV -> csv(texts, reports);
      default -> out().print(TextReport.render(all));
    }
  }

  private void csv(Texts texts, List<EvaluationReport> reports) {
    Csv csv = new Csv(out());
    csv.row(List.of(texts.t("项目编码", "project code"), texts.t("项目名称", "project name"), texts.t("一级指标", "level 1"),
        texts.t("二级指标", "level 2"), texts.t("三级指标", "indicator"), texts.t("年度指标值", "target"),
        texts.t("实际完成值", "actual"), texts.t("状态", "status"), texts.t("达成", "met"), texts.t("完成比率", "ratio %"),
        texts.t("分值", "points"), texts.t("得分", "score"), texts.t("偏差原因", "reason")));
    Formats f = new Formats(texts);
    for (EvaluationReport r : reports) {
      for (CategoryResult c : r.categories()) {
        for (IndicatorResult i : c.indicators()) {
          csv.row(List.of(r.projectCode(), r.projectName(), c.name(), i.subCategory(), i.name(), Formats.target(i.target()),
              i.actual().map(f::actual).orElse(""), texts.zh() ? i.status().chinese() : i.status().english(),
              f.yesNo(i.met()), i.ratio().map(Formats::fixed).orElse(""), Formats.fixed(i.points()),
              Formats.fixed(i.score()), i.reason().map(f::reason).orElse("")));
        }
      }
      csv.row(List.of(r.projectCode(), r.projectName(), texts.t("预算执行率", "execution rate"), "", "", "100%",
          r.budget().rate().map(Formats::fixed).orElse(""), "", "", r.budget().rate().map(Formats::fixed).orElse(""),
          Formats.fixed(r.budget().points()), Formats.fixed(r.budget().score()), ""));
      csv.row(List.of(r.projectCode(), r.projectName(), texts.t("总分", "total"), "", "", "", "",
          new EvalSheets(texts).grade(r), "", "", Formats.fixed(r.totalPoints()), Formats.fixed(r.total()), ""));
    }
  }
}
