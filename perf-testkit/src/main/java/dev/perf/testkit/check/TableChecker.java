package dev.perf.testkit.check;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.validate.ProjectLookup;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Document;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Parses and validates tables the way {@code perf check} does: syntax and model diagnostics first;
 * if the file has no errors, the validation rules of perf-eval. Rules switched off here, or in the
 * file with {@code # perf:disable ID}, are dropped. Points are checked against the national scoring
 * policy unless {@link #withPolicy(ScoringPolicy)} says otherwise. Immutable.
 */
public final class TableChecker {
  private static final TableChecker STANDARD = new TableChecker(Set.of(), Validator.standard());

  private final Set<String> disabledRules;
  private final Validator validator;

  private TableChecker(Set<String> disabledRules, Validator validator) {
    this.disabledRules = Set.copyOf(disabledRules);
    this.validator = validator;
  }

  /** Every rule on. */
  public static TableChecker standard() {
    return STANDARD;
  }

  /** This checker with {@code ruleIds} (such as {@code PERF-W201}) also switched off. */
  public TableChecker ignoring(Collection<String> ruleIds) {
    Set<String> all = new TreeSet<>(disabledRules);
    ruleIds.forEach(id -> all.add(Objects.requireNonNull(id, "rule id").strip()));
    return new TableChecker(all, validator.withDisabled(all));
  }

  /** This checker with points checked against {@code policy} (national by default). */
  public TableChecker withPolicy(ScoringPolicy policy) {
    return new TableChecker(disabledRules, validator.withPolicy(Objects.requireNonNull(policy, "policy")));
  }

  /** The rule IDs switched off. */
  public Set<String> disabledRules() {
    return disabledRules;
  }

  /** Reads, parses and validates {@code file}. */
  public CheckedFile check(Path file) {
    try {
      return check(PerfParser.parse(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Validates what was parsed (unless it has errors) and gathers every diagnostic. */
  public CheckedFile check(ParseResult parsed) {
    return check(parsed, List.of());
  }

  /**
   * As {@link #check(ParseResult)}, where self-evaluations and monitoring records may be of
   * projects in other files: {@code elsewhere} (the projects of the other files of a folder) are
   * consulted for records whose project the file does not hold. Diagnostics about those projects
   * themselves belong to their own files and are left out.
   */
  public CheckedFile check(ParseResult parsed, Collection<Project> elsewhere) {
    List<Diagnostic> all = new ArrayList<>(parsed.diagnostics());
    if (!parsed.hasErrors()) {
      all.addAll(validate(parsed, elsewhere));
    }
    Set<String> off = new TreeSet<>(disabledRules);
    off.addAll(parsed.disabledRules());
    return new CheckedFile(parsed, sorted(all.stream().filter(d -> !off.contains(d.ruleId())).toList()));
  }

  private List<Diagnostic> validate(ParseResult parsed, Collection<Project> elsewhere) {
    return validator.validate(parsed.document(), parsed.sourceMap(), parsed.disabledRules(), ProjectLookup.of(elsewhere));
  }

  /** The validation diagnostics of {@code document} (a model built in code has an empty source map). */
  public List<Diagnostic> validate(Document document, SourceMap sourceMap) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(sourceMap, "sourceMap");
    return validator.validate(document, sourceMap);
  }

  private static List<Diagnostic> sorted(List<Diagnostic> list) {
    List<Diagnostic> out = new ArrayList<>(list);
    out.sort(Comparator.comparingInt((Diagnostic d) -> d.span().map(SourceSpan::line).orElse(0))
        .thenComparingInt(d -> d.span().map(SourceSpan::column).orElse(0)));
    return List.copyOf(out);
  }
}
