package dev.perf.cli.command;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.cli.Version;
import dev.perf.cli.io.Input;
import dev.perf.cli.io.Progress;
import dev.perf.cli.io.SourceReader;
import dev.perf.cli.output.Csv;
import dev.perf.cli.output.Json;
import dev.perf.cli.output.ModelJson;
import dev.perf.cli.report.Formats;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.Category;
import dev.perf.model.Department;
import dev.perf.model.DocumentItem;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code perf export}: the model as JSON (layout in {@code docs/perf-export.schema.json}) or the
 * indicator tables as CSV (UTF-8 with BOM). Streams file by file; a file with errors is skipped.
 */
@Command(name = "export",
    mixinStandardHelpOptions = true,
    description = {"导出模型为 JSON（结构见 docs/perf-export.schema.json），或导出指标表为 CSV（UTF-8 带 BOM，Excel 可直接打开）。",
        "Export the model as JSON (see docs/perf-export.schema.json) or the indicator tables as CSV (UTF-8 with BOM)."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf export --format json examples/ > tables.json",
        "  perf export --format csv examples/laoting-2025.perf > 指标.csv",
        "",
        "Exit codes / 退出码: 0 ok, 1 a file has errors (skipped), 2 usage or I/O error"})
public final class ExportCommand extends BaseCommand {
  /** Bumped on any incompatible change of the JSON layout. */
  public static final int FORMAT_VERSION = 1;

  /** Output formats. */
  public enum Format { JSON, CSV }

  @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json",
      description = {"json（模型，默认）或 csv（指标表） / json (the model, default) or csv (the indicator tables)"})
  Format format = Format.JSON;

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = {"文件、目录或 - / files, directories or -"})
  List<String> operands = new ArrayList<>();

  private int withErrors;
  private int unreadable;

  @Override
  public Integer call() {
    Texts texts = texts();
    List<Input> inputs = inputs(operands);
    try {
      if (format == Format.CSV) {
        csv(texts, inputs);
      } else {
        json(texts, inputs);
      }
    } catch (IOException e) {
      throw new CliException("cannot write output: " + e.getMessage(), e);
    }
    out().flush();
    if (unreadable > 0) {
      return ExitCodes.USAGE;
    }
    return withErrors > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private void json(Texts texts, List<Input> inputs) throws IOException {
    JsonGenerator g = Json.generator(out());
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeObjectFieldStart("generator");
    g.writeStringField("name", "perf");
    g.writeStringField("version", Version.current());
    g.writeEndObject();
    g.writeArrayFieldStart("files");
    each(texts, inputs, parsed -> {
      g.writeStartObject();
      g.writeStringField("file", parsed.fileName());
      g.writeArrayFieldStart("items");
      for (DocumentItem item : parsed.document().items()) {
        ModelJson.item(g, item);
      }
      g.writeEndArray();
      g.writeEndObject();
    });
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out().println();
  }

  private void csv(Texts texts, List<Input> inputs) throws IOException {
    Csv csv = new Csv(out());
    csv.row(List.of(texts.t("文件", "file"), texts.t("类型", "kind"), texts.t("编码", "code"), texts.t("名称", "name"),
        texts.t("一级指标", "level 1"), texts.t("二级指标", "level 2"), texts.t("三级指标", "indicator"),
        texts.t("指标值", "target"), texts.t("形式", "form"), texts.t("运算符", "operator"), texts.t("数值", "value"),
        texts.t("下限", "low"), texts.t("上限", "high"), texts.t("计量单位", "unit"), texts.t("截止日期", "deadline"),
        texts.t("描述", "description"), texts.t("指标值确定依据", "basis"), texts.t("分值", "points")));
    each(texts, inputs, parsed -> {
      for (DocumentItem item : parsed.document().items()) {
        if (item instanceof Project) {
          Project p = (Project) item;
          p.indicators().ifPresent(t -> rows(csv, texts, parsed.fileName(), texts.t("项目", "project"), p.code(), p.name(), t));
        } else if (item instanceof Department) {
          Department d = (Department) item;
          d.indicators().ifPresent(t -> rows(csv, texts, parsed.fileName(), texts.t("部门", "department"), d.code(), d.name(), t));
        }
      }
    });
  }

  private static void rows(Csv csv, Texts texts, String file, String kind, String code, String name, IndicatorTable t) {
    for (Category c : t.categories()) {
      for (SubCategory s : c.subCategories()) {
        for (Indicator i : s.indicators()) {
          Target target = i.target();
          String form = "";
          String op = "";
          String value = "";
          String low = "";
          String high = "";
          String unit = "";
          String date = "";
          if (target instanceof Comparison) {
            Comparison cmp = (Comparison) target;
            form = texts.t("比较", "comparison");
            op = cmp.comparator().symbol();
            value = Formats.plain(cmp.bound().value());
            unit = cmp.bound().unit().symbol();
          } else if (target instanceof Exact) {
            Quantity q = ((Exact) target).value();
            form = texts.t("等于", "exact");
            op = "=";
            value = Formats.plain(q.value());
            unit = q.unit().symbol();
          } else if (target instanceof Range) {
            Range r = (Range) target;
            form = texts.t("区间", "range");
            low = Formats.plain(r.low());
            high = Formats.plain(r.high());
            unit = r.unit().symbol();
          } else if (target instanceof Deadline) {
            form = texts.t("期限", "deadline");
            date = ((Deadline) target).date().toString();
          } else {
            form = texts.t("定性", "qualitative");
          }
          csv.row(List.of(file, kind, code, name, c.name(), s.name(), i.name(), Formats.target(target), form, op, value,
              low, high, unit, date, i.description().orElse(""), t.basisOf(i).orElse(""),
              i.points().map(Formats::plain).orElse("")));
        }
      }
    }
  }

  /** What to do with each file that parsed without errors. */
  private interface PerFile {
    void accept(ParseResult parsed) throws IOException;
  }

  private void each(Texts texts, List<Input> inputs, PerFile action) throws IOException {
    SourceReader reader = reader();
    DiagnosticRenderer renderer = new DiagnosticRenderer(texts.language());
    try (Progress progress = Progress.start(err(), inputs.size())) {
      int n = 0;
      for (Input input : inputs) {
        progress.step(++n, input.name());
        Optional<ParseResult> parsed = Optional.empty();
        try {
          parsed = Optional.of(reader.parse(input));
        } catch (CliException e) {
          err().println("perf: " + e.getMessage());
          unreadable++;
        }
        if (parsed.isEmpty()) {
          continue;
        }
        if (parsed.get().hasErrors()) {
          withErrors++;
          for (Diagnostic d : parsed.get().diagnostics()) {
            if (d.isError()) {
              err().print(renderer.render(d, parsed.get().source()));
            }
          }
          err().println(texts.t("已跳过有错误的文件：", "skipped a file with errors: ") + input.name());
          continue;
        }
        action.accept(parsed.get());
      }
    }
  }
}
