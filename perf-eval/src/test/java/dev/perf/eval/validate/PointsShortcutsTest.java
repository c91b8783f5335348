package dev.perf.eval.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.finding.FindingKind;
import dev.perf.eval.fixture.Generators;
import dev.perf.eval.fixture.Generators.Scenario;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.AllocatedIndicator;
import dev.perf.eval.score.Evaluator;
import dev.perf.eval.score.PointAllocation;
import dev.perf.model.Category;
import dev.perf.model.Document;
import dev.perf.model.IndicatorTable;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.diagnostic.Diagnostic;
import dev.perf.model.diagnostic.Message;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.source.SourceMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The validator skips the point allocation of a table without 分值 and the evaluation of a record
 * whose stated 分值 agree with the allocation. These properties hold the shortcuts to what the full
 * computations would report, so that a change to the allocation or the evaluator that breaks them
 * fails here.
 */
class PointsShortcutsTest {
  private static final List<ScoringPolicy> POLICIES = List.of(ScoringPolicy.national(), ScoringPolicy.sichuan());

  @Provide
  Arbitrary<Scenario> withoutPoints() {
    return Generators.scenarios(false);
  }

  @Provide
  Arbitrary<Scenario> withPoints() {
    return Generators.scenarios(true);
  }

  /** A table without 分值 — even with an unknown category or an empty sub-category — allocates without issues. */
  @Property(tries = 300)
  void tableWithoutPointsHasNoIssues(@ForAll("withoutPoints") Scenario s, @ForAll boolean oddCategory) {
    IndicatorTable table = oddCategory ? withOddCategory(s.project().indicators().orElseThrow())
        : s.project().indicators().orElseThrow();
    for (ScoringPolicy policy : POLICIES) {
      ValidationContext context = new ValidationContext(Document.of(s.project()), SourceMap.empty(), policy);
      assertThat(context.allocatesWithoutIssues(table)).isTrue();
      assertThat(PointAllocation.of(table, policy).issues()).isEmpty();
    }
  }

  /** A table with 分值 is always allocated. */
  @Property(tries = 100)
  void tableWithPointsIsAllocated(@ForAll("withPoints") Scenario s) {
    IndicatorTable table = s.project().indicators().orElseThrow();
    boolean anyPoints = table.indicators().anyMatch(i -> i.points().isPresent());
    ValidationContext context = new ValidationContext(Document.of(s.project()), SourceMap.empty(), ScoringPolicy.national());
    assertThat(context.allocatesWithoutIssues(table)).isEqualTo(!anyPoints);
  }

  /** PERF-E307 reports exactly the evaluator's contradictions, whatever points the record states. */
  @Property(tries = 300)
  void claimedPointsAreThoseOfTheEvaluator(@ForAll("withPoints") Scenario s, @ForAll("claims") List<Integer> claims,
      @ForAll boolean claimExecution) {
    for (ScoringPolicy policy : POLICIES) {
      SelfEvaluation record = withClaims(s, claims, claimExecution, policy);
      Document document = Document.of(s.project(), record);
      List<Diagnostic> found = new ClaimedPointsRule().check(new ValidationContext(document, SourceMap.empty(), policy));
      List<Message> expected = Evaluator.evaluate(s.project(), record, policy)
          .findings(FindingKind.CLAIMED_POINTS_CONTRADICT).stream().map(Finding::message).toList();
      assertThat(found.stream().map(Diagnostic::message).toList()).isEqualTo(expected);
    }
  }

  /** Per row: 0 no 分值, 1 the allocated points, 2 the allocated points plus one. */
  @Provide
  Arbitrary<List<Integer>> claims() {
    return Arbitraries.integers().between(0, 2).list().ofSize(10);
  }

  private static SelfEvaluation withClaims(Scenario s, List<Integer> claims, boolean claimExecution, ScoringPolicy policy) {
    List<AllocatedIndicator> allocated = PointAllocation.of(s.project().indicators().orElseThrow(), policy).indicators();
    List<ActualRow> rows = new ArrayList<>();
    for (ActualRow r : s.record().rows()) {
      BigDecimal points = allocated.stream().filter(a -> a.indicator().name().equals(r.indicator())).findFirst()
          .orElseThrow().points();
      int claim = claims.get(rows.size() % claims.size());
      Optional<BigDecimal> stated = claim == 0 ? Optional.empty()
          : Optional.of(claim == 1 ? points : points.add(BigDecimal.ONE));
      rows.add(new ActualRow(r.indicator(), r.actual(), stated, Optional.empty(), Optional.empty()));
    }
    SelfEvaluation e = s.record();
    Optional<BigDecimal> execution = claimExecution && e.spent().isPresent()
        ? Optional.of(policy.executionPoints().add(BigDecimal.valueOf(rows.size() % 2))) : Optional.empty();
    return new SelfEvaluation(e.projectCode(), e.initialBudget(), e.annualBudget(), e.adjustedBudget(), e.spent(),
        execution, e.executionClaimedScore(), e.executionReason(), e.claimedTotal(), rows);
  }

  private static IndicatorTable withOddCategory(IndicatorTable table) {
    List<Category> categories = new ArrayList<>(table.categories());
    Category first = categories.get(0);
    List<SubCategory> subs = new ArrayList<>(first.subCategories());
    subs.add(new SubCategory("空的二级指标", Optional.empty(), List.of()));
    categories.set(0, new Category(first.name(), Optional.empty(), subs));
    categories.add(new Category("其他指标", Optional.empty(), List.of(first.subCategories().get(0))));
    return new IndicatorTable(table.framework(), table.basis(), categories);
  }
}
