package dev.perf.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.finding.Finding;
import dev.perf.eval.fixture.Seed;
import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.model.MoneyUnit;
import java.math.BigDecimal;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The report keeps the semantics of the record it was, and builds its presentation once, on demand. */
class EvaluationReportTest {

  /** The record {@link EvaluationReport} used to be. */
  record AsRecord(String projectCode, String projectName, Optional<Year> year, MoneyUnit moneyUnit, String policyName,
      BudgetResult budget, List<CategoryResult> categories, BigDecimal totalPoints, BigDecimal totalExact,
      OverallGrade grade, ClaimReview claims, List<Finding> findings) {
    static AsRecord of(EvaluationReport r) {
      return new AsRecord(r.projectCode(), r.projectName(), r.year(), r.moneyUnit(), r.policyName(), r.budget(),
          r.categories(), r.totalPoints(), r.totalExact(), r.grade(), r.claims(), r.findings());
    }
  }

  private static EvaluationReport seed() {
    return Evaluator.evaluate(Seed.project1(), Seed.selfEvaluation1(), ScoringPolicy.national());
  }

  @Test
  void hashAndTextAreThoseOfTheRecord() {
    EvaluationReport r = seed();
    AsRecord asRecord = AsRecord.of(r);
    assertThat(r.hashCode()).isEqualTo(asRecord.hashCode());
    assertThat(r.toString()).isEqualTo(asRecord.toString().replaceFirst("^AsRecord", "EvaluationReport"));
  }

  @Test
  void equalityComparesEveryPart() {
    EvaluationReport lazy = seed();
    EvaluationReport eager = new EvaluationReport(lazy.projectCode(), lazy.projectName(), lazy.year(), lazy.moneyUnit(),
        lazy.policyName(), lazy.budget(), lazy.categories(), lazy.totalPoints(), lazy.totalExact(), lazy.grade(),
        lazy.claims(), lazy.findings());
    assertThat(seed()).isEqualTo(eager).hasSameHashCodeAs(eager);
    EvaluationReport otherClaims = new EvaluationReport(lazy.projectCode(), lazy.projectName(), lazy.year(),
        lazy.moneyUnit(), lazy.policyName(), lazy.budget(), lazy.categories(), lazy.totalPoints(), lazy.totalExact(),
        lazy.grade(), new ClaimReview(List.of(), Optional.of(new ClaimLine(ClaimLine.Kind.TOTAL, "总分", Optional.empty(),
            lazy.totalPoints(), Optional.of(BigDecimal.ONE), lazy.totalExact(), false, true))), lazy.findings());
    assertThat(eager).isNotEqualTo(otherClaims);
    EvaluationReport otherScale = new EvaluationReport(lazy.projectCode(), lazy.projectName(), lazy.year(),
        lazy.moneyUnit(), lazy.policyName(), lazy.budget(), lazy.categories(), lazy.totalPoints(),
        lazy.totalExact().setScale(lazy.totalExact().scale() + 1), lazy.grade(), lazy.claims(), lazy.findings());
    assertThat(eager).isNotEqualTo(otherScale);
  }

  @Test
  void presentationIsBuiltOnceOnFirstAccess() {
    EvaluationReport full = seed();
    AtomicInteger built = new AtomicInteger();
    EvaluationReport lazy = new EvaluationReport(full.projectCode(), full.projectName(), full.year(), full.moneyUnit(),
        full.policyName(), full.totalPoints(), full.totalExact(), full.grade(), () -> {
          built.incrementAndGet();
          return new EvaluationReport.Presentation(full.budget(), full.categories(), full.claims(), full.findings());
        });
    assertThat(lazy.total()).isEqualTo(full.total());
    assertThat(lazy.grade()).isEqualTo(full.grade());
    assertThat(built).hasValue(0);
    assertThat(lazy.indicators()).isEqualTo(full.indicators());
    assertThat(lazy.findings()).isEqualTo(full.findings());
    assertThat(lazy).isEqualTo(full);
    assertThat(built).hasValue(1);
  }
}
