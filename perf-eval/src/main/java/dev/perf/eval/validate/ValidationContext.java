package dev.perf.eval.validate;

import dev.perf.eval.policy.PointScheme;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.PointAllocation;
import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a rule sees: the document, where its nodes were written, and the scoring policy.
 *
 * <p>It also holds what several rules need, built once per validation rather than by every rule:
 * the document's items by kind (one walk, in the constructor), and, on first use, an index of each
 * indicator table and of each record, the actuals of all records, and the point allocation of a
 * table. A context serves one validation on one thread.
 */
public final class ValidationContext {
  private final Document document;
  private final SourceMap sources;
  private final ScoringPolicy policy;
  private final ProjectLookup elsewhere;
  /** The document's projects by code (the first of each code): records look them up. */
  private final Map<String, Project> projectsByCode = new HashMap<>();
  private final List<Project> projects = new ArrayList<>();
  private final List<TableOwner> owners = new ArrayList<>();
  private final List<SelfEvaluation> selfEvaluations = new ArrayList<>();
  private final List<Monitoring> monitorings = new ArrayList<>();
  private final Map<IndicatorTable, TableIndex> tables = new IdentityHashMap<>();
  private final Map<Object, RecordIndex> records = new IdentityHashMap<>();
  private final Map<IndicatorTable, PointAllocation> allocations = new IdentityHashMap<>();
  private List<RecordRow> recordRows;

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
        projects.add(p);
        projectsByCode.putIfAbsent(p.code(), p);
        owners.add(TableOwner.of(p));
      } else if (item instanceof Department d) {
        owners.add(TableOwner.of(d));
      } else if (item instanceof SelfEvaluation s) {
        selfEvaluations.add(s);
      } else if (item instanceof Monitoring m) {
        monitorings.add(m);
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
    return java.util.Collections.unmodifiableList(owners);
  }

  /** The document's projects, in order. */
  public List<Project> projects() {
    return java.util.Collections.unmodifiableList(projects);
  }

  /** The document's self-evaluations, in order. */
  public List<SelfEvaluation> selfEvaluations() {
    return java.util.Collections.unmodifiableList(selfEvaluations);
  }

  /** The document's monitoring records, in order. */
  public List<Monitoring> monitorings() {
    return java.util.Collections.unmodifiableList(monitorings);
  }

  /** The project a record names: the document's first with {@code code}, else one held elsewhere. */
  public Optional<Project> project(String code) {
    Project own = projectsByCode.get(code);
    return own != null ? Optional.of(own) : elsewhere.project(code);
  }

  /** The document's first project with {@code code}; null if it has none. */
  Project ownProject(String code) {
    return projectsByCode.get(code);
  }

  /** The index of {@code table}, made on first use. */
  TableIndex table(IndicatorTable table) {
    TableIndex index = tables.get(table);
    if (index == null) {
      index = new TableIndex(table);
      tables.put(table, index);
    }
    return index;
  }

  /** The index of the rows of a self-evaluation or monitoring record, made on first use. */
  RecordIndex rows(DocumentItem record) {
    RecordIndex index = records.get(record);
    if (index == null) {
      index = record instanceof SelfEvaluation s ? RecordIndex.of(s) : RecordIndex.of((Monitoring) record);
      records.put(record, index);
    }
    return index;
  }

  /** Every actual of every record whose project is known, in order (see {@link RecordRow#of}). */
  List<RecordRow> recordRows() {
    if (recordRows == null) {
      recordRows = RecordRow.of(this);
    }
    return recordRows;
  }

  /** The points of {@code table} under the policy, allocated on first use. */
  PointAllocation allocation(IndicatorTable table) {
    PointAllocation allocation = allocations.get(table);
    if (allocation == null) {
      allocation = PointAllocation.of(table, policy);
      allocations.put(table, allocation);
    }
    return allocation;
  }

  /**
   * True if allocating the points of {@code table} cannot report anything: the file gives no
   * points in it and every pool of the policy has points to share. Then each pool splits evenly down
   * to the indicators, no sum can disagree and nothing is used up (PointAllocation's rules).
   */
  boolean allocatesWithoutIssues(IndicatorTable table) {
    return !table(table).declaresPoints() && poolsArePositive(policy.scheme());
  }

  private static boolean poolsArePositive(PointScheme scheme) {
    if (scheme instanceof PointScheme.ByCategory b) {
      for (BigDecimal points : b.points().values()) {
        if (points.signum() <= 0) {
          return false;
        }
      }
      return true;
    }
    return scheme instanceof PointScheme.Spread s && s.total().signum() > 0;
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
