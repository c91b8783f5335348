package dev.perf.testkit.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.MoneyUnit;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AmountTest {
  @Test
  void readsNumbersWithOptionalUnits() {
    assertThat(Amount.parse(" 20.00 万元 ")).isEqualTo(new Amount(new BigDecimal("20.00"), Optional.of(MoneyUnit.WAN_YUAN)));
    assertThat(Amount.parse("200,000元").value()).isEqualByComparingTo("200000");
    assertThat(Amount.parse("20").unit()).isEmpty();
  }

  @Test
  void comparesByValueInTheTablesUnit() {
    BigDecimal twenty = new BigDecimal("20.00");
    assertThat(Amount.parse("200000 元").equalsAmount(twenty, MoneyUnit.WAN_YUAN)).isTrue();
    assertThat(Amount.parse("0.002 亿元").equalsAmount(twenty, MoneyUnit.WAN_YUAN)).isTrue();
    assertThat(Amount.parse("20").equalsAmount(twenty, MoneyUnit.WAN_YUAN)).isTrue();
    assertThat(Amount.parse("20").equalsAmount(twenty, MoneyUnit.YUAN)).isTrue();
    assertThat(Amount.parse("20 元").equalsAmount(twenty, MoneyUnit.WAN_YUAN)).isFalse();
    assertThat(Amount.parse("20").describe(MoneyUnit.WAN_YUAN)).isEqualTo("20 万元");
  }

  @Test
  void rejectsWhatIsNotAnAmount() {
    assertThatThrownBy(() -> Amount.parse("20 美元")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an amount of money: \"20 美元\"");
    assertThatThrownBy(() -> new Amount(BigDecimal.ONE.negate(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
