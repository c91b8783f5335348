package dev.perf.testkit;

import dev.perf.dsl.ParseResult;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.check.CheckedFile;
import dev.perf.testkit.check.PerfFileTree;
import dev.perf.testkit.check.TableChecker;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * A check of every {@code .perf} file under a folder, configured step by step and then run:
 * <pre>{@code
 * PerfFiles.folder(Path.of("tables"))
 *     .failingAt(Severity.WARNING)
 *     .ignoring("PERF-W201")
 *     .excluding("drafts/**")
 *     .assertAllValid();
 * }</pre>
 * By default only errors fail, diagnostics are rendered in Chinese, and hidden folders and
 * {@code target} are skipped. The files form one set: a self-evaluation or monitoring record may be
 * of a project in another file. Immutable: each step returns a new check.
 */
public final class FolderCheck {
  private final PerfFileTree tree;
  private final TableChecker checker;
  private final Severity failAt;
  private final Language language;

  private FolderCheck(PerfFileTree tree, TableChecker checker, Severity failAt, Language language) {
    this.tree = tree;
    this.checker = checker;
    this.failAt = failAt;
    this.language = language;
  }

  /** A check of the folder (or single file) {@code root} that fails on errors. */
  public static FolderCheck of(Path root) {
    return new FolderCheck(PerfFileTree.of(Objects.requireNonNull(root, "root")), TableChecker.standard(),
        Severity.ERROR, Language.ZH);
  }

  /** Fails on diagnostics at or above {@code severity} (ERROR by default). */
  public FolderCheck failingAt(Severity severity) {
    return new FolderCheck(tree, checker, Objects.requireNonNull(severity, "severity"), language);
  }

  /** Switches off the rules {@code ruleIds}, such as {@code PERF-W201}. */
  public FolderCheck ignoring(String... ruleIds) {
    return ignoring(Arrays.asList(ruleIds));
  }

  /** Switches off the rules {@code ruleIds}. */
  public FolderCheck ignoring(Collection<String> ruleIds) {
    return new FolderCheck(tree, checker.ignoring(ruleIds), failAt, language);
  }

  /** Skips the files whose path relative to the folder matches {@code glob}. */
  public FolderCheck excluding(String glob) {
    return new FolderCheck(tree.excluding(glob), checker, failAt, language);
  }

  /** Renders diagnostics in {@code lang} (Chinese by default). */
  public FolderCheck renderedIn(Language lang) {
    return new FolderCheck(tree, checker, failAt, Objects.requireNonNull(lang, "language"));
  }

  /**
   * The files checked, each with its diagnostics (of every severity). A self-evaluation or
   * monitoring record may be of a project in another file of the folder.
   */
  public List<CheckedFile> run() {
    return check(tree.files());
  }

  /**
   * Parses and validates every file and fails, with the rendered diagnostics of all of them in one
   * message, if any has a diagnostic at or above the failing severity, or if there is no file.
   *
   * @throws AssertionError listing every offending diagnostic of every file
   */
  public void assertAllValid() {
    List<Path> files = tree.files();
    if (files.isEmpty()) {
      throw new AssertionError("no .perf files under " + tree.root() + " ("
          + tree.root().toAbsolutePath().normalize() + "): nothing was checked");
    }
    List<CheckedFile> checked = check(files);
    List<CheckedFile> failing = checked.stream().filter(f -> !f.isClean(failAt)).toList();
    if (!failing.isEmpty()) {
      throw new AssertionError(message(checked.size(), failing));
    }
  }

  private List<CheckedFile> check(List<Path> files) {
    List<ParseResult> parsed = files.stream().map(PerfFiles::parse).toList();
    List<Project> projects = parsed.stream().flatMap(p -> p.document().projects().stream()).toList();
    return parsed.stream().map(p -> checker.check(p, projects)).toList();
  }

  private String message(int total, List<CheckedFile> failing) {
    long count = failing.stream().mapToLong(f -> f.atLeast(failAt).size()).sum();
    StringBuilder b = new StringBuilder();
    b.append(failing.size()).append(" of ").append(total).append(" .perf file(s) under ").append(tree.root())
        .append(" have ").append(count).append(" diagnostic(s) at or above ").append(failAt.label(Language.EN))
        .append(" (").append(failAt.label(Language.ZH)).append(")");
    if (!checker.disabledRules().isEmpty()) {
      b.append(", ignoring ").append(String.join(", ", checker.disabledRules()));
    }
    b.append(":\n");
    for (CheckedFile f : failing) {
      List<Diagnostic> shown = f.atLeast(failAt);
      b.append("\n== ").append(f.fileName()).append(" (").append(shown.size()).append(")\n");
      b.append(f.render(shown, language));
    }
    return b.toString();
  }
}
