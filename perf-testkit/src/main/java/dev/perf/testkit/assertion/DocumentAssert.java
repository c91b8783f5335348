package dev.perf.testkit.assertion;

import dev.perf.model.Document;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.model.source.SourceMap;
import dev.perf.dsl.render.DiagnosticRenderer;
import dev.perf.testkit.check.TableChecker;
import dev.perf.testkit.text.Describe;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** Assertions about the content of a {@code .perf} file: its projects, departments and records. */
public final class DocumentAssert extends AbstractPerfAssert<DocumentAssert, Document> {
  private final SourceMap sourceMap;
  private final TableChecker checker;

  /** Assertions about a document built in code (no source positions). */
  public DocumentAssert(Document actual) {
    this(actual, SourceMap.empty(), TableChecker.standard());
  }

  DocumentAssert(Document actual, SourceMap sourceMap, TableChecker checker) {
    super(actual, DocumentAssert.class);
    this.sourceMap = sourceMap;
    this.checker = checker;
  }

  /** Fails unless the document holds exactly {@code count} projects. */
  public DocumentAssert hasProjectCount(int count) {
    isNotNull();
    if (actual.projects().size() != count) {
      failWith("Expecting the document to hold " + count + " project(s) but it holds " + actual.projects().size()
          + ":\n" + projects());
    }
    return self();
  }

  /** Assertions about the project with {@code code}; fails if there is none. */
  public ProjectAssert hasProject(String code) {
    isNotNull();
    Objects.requireNonNull(code, "code");
    Optional<Project> p = actual.project(code);
    if (p.isEmpty()) {
      failWith("Expecting the document to hold a project with code " + Describe.quoted(code)
          + " but its projects are:\n" + projects());
    }
    return new ProjectAssert(p.orElseThrow(), checker);
  }

  /** Assertions about the first project named {@code name}; fails if there is none. */
  public ProjectAssert hasProjectNamed(String name) {
    isNotNull();
    Objects.requireNonNull(name, "name");
    Optional<Project> p = actual.projects().stream().filter(x -> x.name().equals(name)).findFirst();
    if (p.isEmpty()) {
      failWith("Expecting the document to hold a project named " + Describe.quoted(name)
          + " but its projects are:\n" + projects());
    }
    return new ProjectAssert(p.orElseThrow(), checker);
  }

  /** Fails unless the document holds a department (部门) with {@code code}. */
  public DocumentAssert hasDepartment(String code) {
    isNotNull();
    if (actual.departments().stream().noneMatch(d -> d.code().equals(code))) {
      failWith("Expecting the document to hold a department with code " + Describe.quoted(code)
          + " but its departments are: " + actual.departments().stream()
              .map(d -> "部门 " + Describe.quoted(d.code()) + " " + Describe.quoted(d.name()))
              .collect(Collectors.joining(", ", "[", "]")));
    }
    return self();
  }

  /** Fails unless the document holds a self-evaluation (自评) of the project {@code projectCode}. */
  public DocumentAssert hasSelfEvaluationOf(String projectCode) {
    isNotNull();
    if (actual.selfEvaluations().stream().noneMatch(e -> e.projectCode().equals(projectCode))) {
      failWith("Expecting the document to hold a self-evaluation (自评) of " + Describe.quoted(projectCode)
          + " but it holds self-evaluations of: " + actual.selfEvaluations().stream()
              .map(e -> Describe.quoted(e.projectCode())).collect(Collectors.joining(", ", "[", "]")));
    }
    return self();
  }

  /** Fails unless the document holds a monitoring record (监控) of the project {@code projectCode}. */
  public DocumentAssert hasMonitoringOf(String projectCode) {
    isNotNull();
    if (actual.monitorings().stream().noneMatch(m -> m.projectCode().equals(projectCode))) {
      failWith("Expecting the document to hold a monitoring record (监控) of " + Describe.quoted(projectCode)
          + " but it holds monitoring records of: " + actual.monitorings().stream()
              .map(m -> Describe.quoted(m.projectCode()) + " 截至 " + m.asOf())
              .collect(Collectors.joining(", ", "[", "]")));
    }
    return self();
  }

  /** Runs {@code requirement} on every project and fails with all failures at once. */
  public DocumentAssert eachProject(Consumer<ProjectAssert> requirement) {
    isNotNull();
    List<String> failures = EachOf.failures(actual.projects(), Describe::project,
        p -> requirement.accept(new ProjectAssert(p, checker)));
    if (!failures.isEmpty()) {
      failWith(failures.size() + " of " + actual.projects().size() + " project(s) fail the requirement:\n"
          + String.join("\n", failures));
    }
    return self();
  }

  /** Validates the document and fails if any diagnostic is at or above {@code severity}. */
  public DocumentAssert hasNoDiagnosticsAtOrAbove(Severity severity) {
    isNotNull();
    Objects.requireNonNull(severity, "severity");
    List<Diagnostic> found = checker.validate(actual, sourceMap).stream()
        .filter(d -> d.severity().atLeast(severity) && !checker.disabledRules().contains(d.ruleId())).toList();
    if (!found.isEmpty()) {
      DiagnosticRenderer renderer = new DiagnosticRenderer(Language.ZH);
      failWith("Expecting the document to have no diagnostics at or above " + severity.label(Language.EN)
          + " but validation reports " + found.size() + ":\n"
          + found.stream().map(d -> renderer.render(d, s -> null)).collect(Collectors.joining("\n")));
    }
    return self();
  }

  private String projects() {
    if (actual.projects().isEmpty()) {
      return "  （没有项目 / no projects）";
    }
    return actual.projects().stream().map(p -> "  " + Describe.project(p)).collect(Collectors.joining("\n"));
  }
}
