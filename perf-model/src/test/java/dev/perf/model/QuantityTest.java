package dev.perf.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.quantity.UnitFamily;
import java.math.BigDecimal;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

class QuantityTest {
  @Test
  void moneyConvertsAcrossSpellings() {
    Quantity wan = Quantity.of("20", Unit.WAN_YUAN);
    assertThat(wan.valueIn(Unit.YUAN)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("200000"));
    assertThat(wan.compareTo(Quantity.of("200000", Unit.YUAN))).isZero();
    assertThat(Quantity.of("1.5", Unit.YI_YUAN).valueIn(Unit.WAN_YUAN)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("15000"));
  }

  @Test
  void percentAndPermilleConvert() {
    assertThat(Quantity.of("5", Unit.PERMILLE).valueIn(Unit.PERCENT)).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("0.5"));
    assertThat(Unit.of("％")).isEqualTo(Unit.PERCENT);
  }

  @Test
  void otherUnitsCompareOnlyWithThemselves() {
    Unit chang = Unit.of("场");
    assertThat(chang.family()).isEqualTo(UnitFamily.OTHER);
    assertThat(chang.isComparableWith(Unit.of("场"))).isTrue();
    assertThat(chang.isComparableWith(Unit.of("次"))).isFalse();
    assertThat(chang.isComparableWith(Unit.NONE)).isFalse();
    assertThat(Quantity.of("3", chang).valueIn(Unit.of("次"))).isEmpty();
    assertThatThrownBy(() -> Quantity.of("3", chang).compareTo(Quantity.of("3", Unit.PERCENT)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void negativeScaleIsNormalisedSoThatPrintingIsPlain() {
    assertThat(new Quantity(new BigDecimal("1E+3"), Unit.NONE).value().toPlainString()).isEqualTo("1000");
  }

  @Property
  void conversionRoundTripsExactly(@ForAll @LongRange(min = 0, max = 1_000_000_000L) long fen) {
    Quantity yuan = new Quantity(BigDecimal.valueOf(fen, 2), Unit.YUAN);
    BigDecimal wan = yuan.valueIn(Unit.WAN_YUAN).orElseThrow();
    assertThat(new Quantity(wan, Unit.WAN_YUAN).compareTo(yuan)).isZero();
  }

  /** Known units convert by moving the decimal point: exactly what multiplying and dividing by their factors gives. */
  @Property(tries = 3000)
  void knownUnitsConvertAsTheirFactorsDivide(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long unscaled,
      @ForAll @net.jqwik.api.constraints.IntRange(min = -6, max = 8) int scale,
      @ForAll("known") Unit from, @ForAll("known") Unit to) {
    Quantity q = new Quantity(BigDecimal.valueOf(unscaled, scale), from);
    if (!from.isComparableWith(to)) {
      assertThat(q.valueIn(to)).isEmpty();
      return;
    }
    BigDecimal general = q.value().multiply(from.toBase()).divide(to.toBase(), java.math.MathContext.DECIMAL128).stripTrailingZeros();
    BigDecimal expected = general.scale() < 0 ? general.setScale(0) : general;
    if (from.toBase().compareTo(to.toBase()) == 0) {
      expected = q.value();
    }
    BigDecimal converted = q.valueIn(to).orElseThrow();
    assertThat(converted).isEqualTo(expected);
    assertThat(converted.scale()).isEqualTo(expected.scale());
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<Unit> known() {
    return net.jqwik.api.Arbitraries.of(java.util.List.copyOf(Unit.knownUnits().values()));
  }
}
