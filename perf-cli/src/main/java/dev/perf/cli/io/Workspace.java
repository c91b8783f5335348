package dev.perf.cli.io;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.Department;
import dev.perf.model.DocumentItem;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The files of one {@code eval}, {@code monitor} or {@code report} run, parsed together so that a
 * 自评 or 监控 record may sit in another file than its project. A file with errors is left out and
 * its errors are written to standard error; an unreadable file is counted.
 */
public final class Workspace {
  private final List<ParseResult> files;
  private final int withErrors;
  private final int unreadable;
  private final Map<String, Project> projects = new LinkedHashMap<>();

  private Workspace(List<ParseResult> files, int withErrors, int unreadable) {
    this.files = List.copyOf(files);
    this.withErrors = withErrors;
    this.unreadable = unreadable;
    for (ParseResult f : files) {
      for (Project p : f.document().projects()) {
        projects.putIfAbsent(p.code(), p);
      }
    }
  }

  /** Parses every input; errors go to {@code err}, rendered in the language of {@code texts}. */
  public static Workspace load(List<Input> inputs, SourceReader reader, PrintWriter err, Texts texts) {
    List<ParseResult> ok = new ArrayList<>();
    int withErrors = 0;
    int unreadable = 0;
    DiagnosticRenderer renderer = new DiagnosticRenderer(texts.language());
    try (Progress progress = Progress.start(err, inputs.size())) {
      int n = 0;
      for (Input input : inputs) {
        progress.step(++n, input.name());
        try {
          ParseResult parsed = reader.parse(input);
          if (parsed.hasErrors()) {
            withErrors++;
            for (Diagnostic d : parsed.diagnostics()) {
              if (d.isError()) {
                err.print(renderer.render(d, parsed.source()));
              }
            }
            err.println(texts.t("已跳过有错误的文件：", "skipped a file with errors: ") + input.name());
          } else {
            ok.add(parsed);
          }
        } catch (CliException e) {
          err.println("perf: " + e.getMessage());
          unreadable++;
        }
      }
    }
    return new Workspace(ok, withErrors, unreadable);
  }

  /** The files that parsed without errors, in order. */
  public List<ParseResult> files() {
    return files;
  }

  /** How many files had errors and were left out. */
  public int withErrors() {
    return withErrors;
  }

  /** How many files could not be read. */
  public int unreadable() {
    return unreadable;
  }

  /** The first project with {@code code} in any file. */
  public Optional<Project> project(String code) {
    return Optional.ofNullable(projects.get(code));
  }

  /** Every project, first occurrence of each code, in file order. */
  public List<Project> projects() {
    return List.copyOf(projects.values());
  }

  /** Every department, in file order. */
  public List<Department> departments() {
    return items(Department.class);
  }

  /** Every 自评 record, in file order. */
  public List<SelfEvaluation> selfEvaluations() {
    return items(SelfEvaluation.class);
  }

  /** Every 监控 record, in file order. */
  public List<Monitoring> monitorings() {
    return items(Monitoring.class);
  }

  private <T extends DocumentItem> List<T> items(Class<T> type) {
    List<T> out = new ArrayList<>();
    for (ParseResult f : files) {
      for (DocumentItem i : f.document().items()) {
        if (type.isInstance(i)) {
          out.add(type.cast(i));
        }
      }
    }
    return out;
  }
}
