package dev.perf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.diagnostic.DidYouMean;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.quantity.Unit;
import dev.perf.model.source.SourceMap;
import dev.perf.model.source.SourceSpan;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelValidationTest {
  @Test
  void recordsRejectBlankNamesAndNulls() {
    assertThatThrownBy(() -> Project.of(" ", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Qualitative("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicator.of("a", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void listsAreCopiedDefensively() {
    List<String> goals = new ArrayList<>(List.of("a"));
    Project p = new Project("P", "名", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), goals, Optional.empty());
    goals.add("b");
    assertThat(p.goals()).containsExactly("a");
    assertThatThrownBy(() -> p.goals().add("c")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void rangesAndAmountsAreChecked() {
    assertThatThrownBy(() -> new Range(BigDecimal.TEN, BigDecimal.ONE, Unit.PERCENT)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new FundingSource("财政资金", new BigDecimal("-1"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new DeviationReason(Optional.empty(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Project("P", "名", Optional.empty(), Optional.of(Year.of(25)), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void executionDetailsNeedTheAmountSpent() {
    assertThatThrownBy(() -> new SelfEvaluation("P", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(BigDecimal.TEN), Optional.empty(), Optional.empty(), Optional.empty(), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void monthEndPoints() {
    assertThat(PlanPoint.monthEnd(2, BigDecimal.TEN).at()).isEqualTo(MonthDay.of(2, 29));
    assertThat(PlanPoint.monthEnd(2, BigDecimal.TEN).dateIn(Year.of(2025)).getDayOfMonth()).isEqualTo(28);
    assertThat(new PlanPoint(MonthDay.of(6, 15), BigDecimal.ONE).isMonthEnd()).isFalse();
  }

  @Test
  void frameworksKnowTheirCategories() {
    assertThat(Framework.F2020.firstLevel("产出")).contains(FirstLevel.OUTPUT);
    assertThat(Framework.F2020.firstLevel("成本指标")).isEmpty();
    assertThat(Framework.F2021.firstLevel("成本指标")).contains(FirstLevel.COST);
    assertThat(Framework.F2020.hasSecondLevel(FirstLevel.OUTPUT, "数量")).isTrue();
    assertThat(Framework.ofYear(2019)).isEmpty();
  }

  @Test
  void didYouMeanFindsCloseWordsOnly() {
    assertThat(DidYouMean.closest("预箅", List.of("预算", "项目"))).contains("预算");
    assertThat(DidYouMean.closest("满意度", List.of("预算", "项目"))).isEmpty();
    assertThat(DidYouMean.distance("社会效益指标", "社会效益")).isEqualTo(2);
  }

  @Test
  void sourceMapIsKeyedByIdentity() {
    Qualitative a = new Qualitative("x");
    Qualitative b = new Qualitative("x");
    SourceSpan s = SourceSpan.of("f", 1, 1, 3);
    SourceMap map = new SourceMap.Builder().put(a, s).put(a, "name", SourceSpan.of("f", 2, 1, 1)).build();
    assertThat(map.spanOf(a)).contains(s);
    assertThat(map.spanOf(b)).isEmpty();
    assertThat(map.spanOf(a, "name").orElseThrow().line()).isEqualTo(2);
    assertThat(map.spanOf(a, "other")).contains(s);
    assertThat(map.propertySpan(a, "other")).isEmpty();
  }
}
