package dev.perf.eval.validate;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.Document;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Runs the validation rules over a document. Immutable: {@link #disabling(String...)} and
 * {@link #withPolicy(ScoringPolicy)} return new validators. Rules can be switched off for every run
 * (on the validator) or for one file ({@link #validate(Document, SourceMap, Set)}).
 *
 * <p>Diagnostics come back ordered by position (those without one last), then by rule order.
 */
public final class Validator {
  /** Position order: diagnostics without a span last, then by file, line and column. */
  private static final Comparator<Diagnostic> BY_POSITION = Validator::comparePositions;

  private final List<ValidationRule> rules;
  private final Set<String> disabled;
  private final ScoringPolicy policy;
  /** The rules minus the disabled ones, worked out once rather than on every run. */
  private final List<ValidationRule> enabled;

  private Validator(List<ValidationRule> rules, Set<String> disabled, ScoringPolicy policy) {
    this.rules = List.copyOf(rules);
    this.disabled = Set.copyOf(disabled);
    this.policy = Objects.requireNonNull(policy, "policy");
    List<ValidationRule> on = new ArrayList<>();
    for (ValidationRule r : this.rules) {
      if (!this.disabled.contains(r.id())) {
        on.add(r);
      }
    }
    this.enabled = List.copyOf(on);
  }

  /** Every built-in rule, national policy, nothing disabled. */
  public static Validator standard() {
    return new Validator(allRules(), Set.of(), ScoringPolicy.national());
  }

  /** A validator running exactly {@code rules}. */
  public static Validator of(List<ValidationRule> rules, ScoringPolicy policy) {
    return new Validator(rules, Set.of(), policy);
  }

  /** Every built-in rule, in ID order. */
  public static List<ValidationRule> allRules() {
    return List.of(
        new SourcesSumRule(), new PlanDecreasingRule(), new PlanOrderRule(), new DuplicateProjectCodeRule(),
        new DuplicateIndicatorRule(), new PointsRule(),
        new PlanEndRule(), new CostCeilingRule(), new UnknownCategoryRule(), new MissingFirstLevelRule(),
        new PercentCapRule(), new MostlyQualitativeRule(),
        new UnknownProjectRule(), new UnknownIndicatorRule(), new MissingActualRule(), new IncomparableActualRule(),
        new GradeBandRule(), new DuplicateRowRule(), new ClaimedPointsRule(),
        new MonitoringYearRule(), new OverspendRule());
  }

  /** This validator with the rules of {@code ids} switched off as well. */
  public Validator disabling(String... ids) {
    return withDisabled(Set.of(ids));
  }

  /** This validator with the rules of {@code ids} switched off as well. */
  public Validator withDisabled(Set<String> ids) {
    Set<String> all = new HashSet<>(disabled);
    all.addAll(ids);
    return new Validator(rules, all, policy);
  }

  /** This validator checking points against {@code newPolicy}. */
  public Validator withPolicy(ScoringPolicy newPolicy) {
    return new Validator(rules, disabled, newPolicy);
  }

  /** The IDs switched off for every run. */
  public Set<String> disabled() {
    return disabled;
  }

  /** The policy points are checked against. */
  public ScoringPolicy policy() {
    return policy;
  }

  /** The rules that run (all rules minus the disabled ones). */
  public List<ValidationRule> rules() {
    return enabled;
  }

  /** The rule with {@code id}, enabled or not. */
  public Optional<ValidationRule> rule(String id) {
    return rules.stream().filter(r -> r.id().equals(id)).findFirst();
  }

  /** Validates a model built in code (no positions). */
  public List<Diagnostic> validate(Document document) {
    return validate(document, SourceMap.empty(), Set.of());
  }

  /** Validates a parsed document; spans come from {@code sources} where it has them. */
  public List<Diagnostic> validate(Document document, SourceMap sources) {
    return validate(document, sources, Set.of());
  }

  /** Validates one file with {@code disabledForFile} switched off in addition to this validator's. */
  public List<Diagnostic> validate(Document document, SourceMap sources, Set<String> disabledForFile) {
    return validate(document, sources, disabledForFile, ProjectLookup.none());
  }

  /**
   * Validates one file of several: records whose project is not in {@code document} are checked
   * against the project {@code elsewhere} holds; that project's own table is not validated here.
   */
  public List<Diagnostic> validate(Document document, SourceMap sources, Set<String> disabledForFile,
      ProjectLookup elsewhere) {
    ValidationContext context = new ValidationContext(document, sources, policy, elsewhere);
    List<Diagnostic> out = new ArrayList<>();
    boolean noneOffForFile = disabledForFile.isEmpty();
    for (ValidationRule rule : enabled) {
      if (noneOffForFile || !disabledForFile.contains(rule.id())) {
        List<Diagnostic> found = rule.check(context);
        if (!found.isEmpty()) {
          out.addAll(found);
        }
      }
    }
    if (out.isEmpty()) {
      return List.of();
    }
    out.sort(BY_POSITION); // stable: rule order stays among diagnostics at one position
    return List.copyOf(out);
  }

  private static int comparePositions(Diagnostic a, Diagnostic b) {
    Optional<SourceSpan> x = a.span();
    Optional<SourceSpan> y = b.span();
    if (x.isEmpty() || y.isEmpty()) {
      return Boolean.compare(x.isEmpty(), y.isEmpty());
    }
    int c = x.get().file().compareTo(y.get().file());
    if (c == 0) {
      c = Integer.compare(x.get().line(), y.get().line());
    }
    return c != 0 ? c : Integer.compare(x.get().column(), y.get().column());
  }
}
