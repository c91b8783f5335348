package dev.perf.eval.validate;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.Project;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees: the document, where its nodes were written, and the scoring policy.
 */
public final class ValidationContext {
  private final Document document;
  private final SourceMap sources;
  private final ScoringPolicy policy;
  private final ProjectLookup elsewhere;
  /** The document's projects by code (the first of each code), built once: records look them up. */
  private final java.util.Map<String, Project> projectsByCode = new java.util.HashMap<>();

  /** A context for one document. */
  public ValidationContext(Document document, SourceMap sources, ScoringPolicy policy) {
    this(document, sources, policy, ProjectLookup.none());
  }

  /**
   * A context for one document whose self-evaluations and monitoring records may be of projects
   * held {@code elsewhere} (the other files of a folder). Table rules still see only this document.
   */
  public ValidationContext(Document document, SourceMap sources, ScoringPolicy policy, ProjectLookup elsewhere) {
    this.document = Objects.requireNonNull(document, "document");
    this.sources = Objects.requireNonNull(sources, "sources");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.elsewhere = Objects.requireNonNull(elsewhere, "elsewhere");
    for (DocumentItem item : document.items()) {
      if (item instanceof Project p) {
        projectsByCode.putIfAbsent(p.code(), p);
      }
    }
  }

  /** The document being validated. */
  public Document document() {
    return document;
  }

  /** Where its nodes were written. */
  public SourceMap sources() {
    return sources;
  }

  /** The policy that points are checked against. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** Every project and department, in document order. */
  public List<TableOwner> owners() {
    List<TableOwner> out = new ArrayList<>();
    for (DocumentItem item : document.items()) {
      if (item instanceof Project p) {
        out.add(TableOwner.of(p));
      } else if (item instanceof dev.perf.model.Department d) {
        out.add(TableOwner.of(d));
      }
    }
    return out;
  }

  /** The project a record names: the document's first with {@code code}, else one held elsewhere. */
  public Optional<Project> project(String code) {
    Project own = projectsByCode.get(code);
    return own != null ? Optional.of(own) : elsewhere.project(code);
  }

  /**
   * Where {@code node} was written: the first of {@code properties} that has its own span, else the
   * node itself.
   */
  public Optional<SourceSpan> span(Object node, String... properties) {
    for (String p : properties) {
      Optional<SourceSpan> s = sources.propertySpan(node, p);
      if (s.isPresent()) {
        return s;
      }
    }
    return sources.spanOf(node);
  }

  /** The first span found among {@code nodes} (each tried whole). */
  public Optional<SourceSpan> firstSpan(Object... nodes) {
    for (Object n : nodes) {
      Optional<SourceSpan> s = sources.spanOf(n);
      if (s.isPresent()) {
        return s;
      }
    }
    return Optional.empty();
  }
}
