package dev.perf.testkit.junit;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.testkit.PerfFiles;
import dev.perf.testkit.check.PerfFileTree;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Every table of a folder of {@code .perf} files (recursively, sorted; hidden folders and
 * {@code target} skipped), with self-evaluations and monitoring records paired with their projects
 * across files. Loading fails if a file has errors, so that a broken table is never silently left out.
 */
public final class PerfFolder {
  private final List<ParseResult> files;
  private final Map<String, Project> projects;

  private PerfFolder(List<ParseResult> files) {
    this.files = List.copyOf(files);
    Map<String, Project> byCode = new LinkedHashMap<>();
    for (ParseResult f : files) {
      f.document().projects().forEach(p -> byCode.putIfAbsent(p.code(), p));
    }
    this.projects = byCode;
  }

  /**
   * Loads {@code location}: a folder or file relative to the working directory, or
   * {@code classpath:NAME}.
   *
   * @throws IllegalArgumentException if the location holds no {@code .perf} file or a file has errors
   */
  public static PerfFolder load(String location) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    return load(location, loader != null ? loader : PerfFolder.class.getClassLoader());
  }

  /** Loads {@code location}, resolving {@code classpath:} names with {@code loader}. */
  public static PerfFolder load(String location, ClassLoader loader) {
    return PerfLocation.read(location, loader, root -> load(root, location));
  }

  /** Loads the folder or file {@code root}. */
  public static PerfFolder load(Path root) {
    return load(root, root.toString());
  }

  private static PerfFolder load(Path root, String location) {
    List<Path> paths = PerfFileTree.of(root).files();
    if (paths.isEmpty()) {
      throw new IllegalArgumentException("no .perf files under " + location + " (" + root.toAbsolutePath().normalize() + ")");
    }
    List<ParseResult> parsed = paths.stream().map(PerfFiles::parse).toList();
    List<ParseResult> broken = parsed.stream().filter(ParseResult::hasErrors).toList();
    if (!broken.isEmpty()) {
      DiagnosticRenderer renderer = new DiagnosticRenderer(Language.ZH);
      throw new IllegalArgumentException(broken.size() + " .perf file(s) under " + location + " have errors:\n"
          + broken.stream().map(f -> f.diagnostics().stream().filter(Diagnostic::isError)
              .map(d -> renderer.render(d, f.source())).collect(Collectors.joining("\n")))
              .collect(Collectors.joining("\n")));
    }
    return new PerfFolder(parsed);
  }

  /** Every file, parsed, in order. */
  public List<ParseResult> files() {
    return files;
  }

  /** Every project, in file order (the first of a code wins). */
  public List<Project> projects() {
    return List.copyOf(projects.values());
  }

  /**
   * Every self-evaluation with its project.
   *
   * @throws IllegalArgumentException if a record's project is not in the folder
   */
  public List<EvaluatedProject> selfEvaluations() {
    List<EvaluatedProject> out = new ArrayList<>();
    for (ParseResult f : files) {
      for (SelfEvaluation e : f.document().selfEvaluations()) {
        out.add(new EvaluatedProject(projectOf(e.projectCode(), "自评", f), e, f.fileName()));
      }
    }
    return List.copyOf(out);
  }

  /**
   * Every monitoring record with its project.
   *
   * @throws IllegalArgumentException if a record's project is not in the folder
   */
  public List<MonitoredProject> monitorings() {
    List<MonitoredProject> out = new ArrayList<>();
    for (ParseResult f : files) {
      for (Monitoring m : f.document().monitorings()) {
        out.add(new MonitoredProject(projectOf(m.projectCode(), "监控", f), m, f.fileName()));
      }
    }
    return List.copyOf(out);
  }

  private Project projectOf(String code, String what, ParseResult file) {
    Project p = projects.get(Objects.requireNonNull(code));
    if (p == null) {
      throw new IllegalArgumentException(what + " \"" + code + "\" in " + file.fileName()
          + " is of a project that no file of the folder holds; projects: " + projects.keySet());
    }
    return p;
  }
}
