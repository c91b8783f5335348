package dev.perf.testkit.assertion;

import dev.perf.dsl.ParseResult;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.check.CheckedFile;
import dev.perf.testkit.check.TableChecker;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Assertions about a parsed {@code .perf} file. Diagnostics include the validation rules of
 * perf-eval (run when the file has no errors), as {@code perf check} reports them, minus the
 * rules switched off with {@link #ignoringRules(String...)} or {@code # perf:disable} in the file.
 * Failure messages render each diagnostic with its source line and a caret.
 */
public final class ParseResultAssert extends AbstractPerfAssert<ParseResultAssert, ParseResult> {
  private final TableChecker checker;

  /** Assertions about {@code actual} with every rule on. */
  public ParseResultAssert(ParseResult actual) {
    this(actual, TableChecker.standard());
  }

  private ParseResultAssert(ParseResult actual, TableChecker checker) {
    super(actual, ParseResultAssert.class);
    this.checker = checker;
  }

  /** Assertions that leave out the diagnostics of {@code ruleIds}. */
  public ParseResultAssert ignoringRules(String... ruleIds) {
    isNotNull();
    ParseResultAssert next = new ParseResultAssert(actual, checker.ignoring(Arrays.asList(ruleIds)));
    return info.hasDescription() ? next.as(info.description()) : next;
  }

  /** Fails if any diagnostic is at or above {@code severity}. */
  public ParseResultAssert hasNoDiagnosticsAtOrAbove(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    CheckedFile file = checked();
    List<Diagnostic> found = file.atLeast(severity);
    if (!found.isEmpty()) {
      failWith("Expecting " + actual.fileName() + " to have no diagnostics at or above " + severity.label(Language.EN)
          + " but it has " + found.size() + ":\n" + file.render(found, Language.ZH));
    }
    return self();
  }

  /** Fails if the file has an error. */
  public ParseResultAssert hasNoErrors() {
    return hasNoDiagnosticsAtOrAbove(Severity.ERROR);
  }

  /** Fails if the file has any diagnostic at all (even advice). */
  public ParseResultAssert hasNoDiagnostics() {
    return hasNoDiagnosticsAtOrAbove(Severity.INFO);
  }

  /** Fails unless some diagnostic has the rule ID {@code ruleId}, such as {@code PERF-W201}. */
  public ParseResultAssert hasDiagnostic(String ruleId) {
    Objects.requireNonNull(ruleId, "ruleId");
    CheckedFile file = checked();
    if (file.diagnostics().stream().noneMatch(d -> d.ruleId().equals(ruleId))) {
      failWith("Expecting " + actual.fileName() + " to have a diagnostic " + ruleId + " but it has "
          + describe(file));
    }
    return self();
  }

  /** Fails unless the diagnostics have exactly the rule IDs {@code ruleIds}, in any order, each once. */
  public ParseResultAssert hasExactlyDiagnostics(String... ruleIds) {
    CheckedFile file = checked();
    List<String> expected = Arrays.stream(ruleIds).sorted().toList();
    List<String> found = file.diagnostics().stream().map(Diagnostic::ruleId).sorted().toList();
    if (!expected.equals(found)) {
      failWith("Expecting " + actual.fileName() + " to have exactly the diagnostics " + expected + " but it has "
          + describe(file));
    }
    return self();
  }

  /** Fails unless the file has {@code count} diagnostics at or above {@code severity}. */
  public ParseResultAssert hasDiagnosticCount(Severity severity, int count) {
    CheckedFile file = checked();
    List<Diagnostic> found = file.atLeast(severity);
    if (found.size() != count) {
      failWith("Expecting " + actual.fileName() + " to have " + count + " diagnostic(s) at or above "
          + severity.label(Language.EN) + " but it has " + describe(file));
    }
    return self();
  }

  /** Assertions about the document, once the file is known to have no errors. */
  public DocumentAssert document() {
    hasNoErrors();
    return new DocumentAssert(actual.document(), actual.sourceMap(), checker);
  }

  /** Assertions about the project with {@code code}; fails if the file has errors or no such project. */
  public ProjectAssert project(String code) {
    return document().hasProject(code);
  }

  private CheckedFile checked() {
    isNotNull();
    return checker.check(actual);
  }

  private static String describe(CheckedFile file) {
    if (file.diagnostics().isEmpty()) {
      return "none.";
    }
    Set<String> ids = new TreeSet<>();
    file.diagnostics().forEach(d -> ids.add(d.ruleId()));
    return file.diagnostics().size() + " " + ids + ":\n" + file.render(file.diagnostics(), Language.ZH);
  }
}
