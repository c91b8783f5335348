package dev.perf.testkit.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class TargetMeaningTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "≥98%       | ≥ 98 %        | true",
      "≥98%       | ＞＝98％        | true",
      "≥98%       | ≥0.98         | false",
      "≤22 万元    | ≤220000 元    | true",
      "≤22 万元    | <22 万元       | false",
      "≥30 场      | ≥30 次        | false",
      "40%～45%   | [40, 45] %    | true",
      "40%～45%   | 40%～46%      | false",
      "100%       | =100%         | true",
      "≤2025-06-30 | 2025年6月30日前 | true",
      "及时完成     | \"及时完成\"     | true",
      "及时完成     | 按时完成       | false",
      "≥98%       | 98%           | false"})
  void sameMeaning(String a, String b, boolean same) {
    assertThat(TargetMeaning.same(ExpectedTarget.parse(a), ExpectedTarget.parse(b))).isEqualTo(same);
  }

  @Test
  void notATarget() {
    assertThatThrownBy(() -> ExpectedTarget.parse("≥"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not a target value: \"≥\"")
        .hasMessageContaining("error[");
  }
}
