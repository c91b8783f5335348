package dev.perf.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/** {@link Dec34} gives exactly what {@link Arithmetic} gives: the same digits and the same scale. */
class Dec34Properties {
  private final long[] work = new long[10];

  private static Dec34 dec(BigDecimal v) {
    Dec34 d = new Dec34();
    assertThat(d.read(v)).as("%s fits", v).isTrue();
    return d;
  }

  @Provide
  Arbitrary<BigDecimal> values() {
    Arbitrary<Integer> scales = Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.integers().between(0, 4)),
        Tuple.of(2, Arbitraries.integers().between(-3, 40)));
    Arbitrary<BigInteger> small = Arbitraries.longs().between(0, 1_000_000).map(BigInteger::valueOf);
    Arbitrary<BigInteger> wide = Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(36).subtract(BigInteger.ONE));
    Arbitrary<BigInteger> powers = Combinators.combine(Arbitraries.integers().between(1, 9), Arbitraries.integers().between(0, 35))
        .as((d, k) -> BigInteger.valueOf(d).multiply(BigInteger.TEN.pow(k))).filter(v -> v.compareTo(BigInteger.TEN.pow(36)) < 0);
    Arbitrary<BigDecimal> quotients = Combinators.combine(Arbitraries.integers().between(1, 999), Arbitraries.integers().between(1, 999))
        .as((x, y) -> Arithmetic.divide(BigDecimal.valueOf(x), BigDecimal.valueOf(y)));
    Arbitrary<BigDecimal> plain = Combinators.combine(Arbitraries.frequencyOf(Tuple.of(5, small), Tuple.of(3, wide), Tuple.of(2, powers)),
        scales).as(BigDecimal::new);
    return Arbitraries.frequencyOf(Tuple.of(4, plain), Tuple.of(1, quotients));
  }

  @Provide
  Arbitrary<BigDecimal> divisors() {
    Arbitrary<Long> unscaled = Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.longs().between(1, 1000)),
        Tuple.of(2, Arbitraries.longs().between(1, 999_999_999)),
        Tuple.of(1, Arbitraries.of(1L, 10L, 100L, 98L, 7L, 3L, 5L, 2L, 1000L, 999_999_999L)));
    return Combinators.combine(unscaled, Arbitraries.integers().between(-2, 6)).as(BigDecimal::valueOf);
  }

  @Property(tries = 20000)
  void readsAndWritesBack(@ForAll("values") BigDecimal v) {
    Dec34 d = new Dec34();
    assertThat(d.read(v)).isTrue();
    assertThat(d.toBigDecimal()).isEqualTo(v);
    assertThat(d.digits()).isEqualTo(v.precision());
  }

  @Property(tries = 20000)
  void multipliesLikeBigDecimal(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
    Dec34 x = dec(a);
    Dec34 y = dec(b);
    Dec34 product = new Dec34();
    Dec34.multiply(x, y, product, work);
    BigDecimal expected = Arithmetic.multiply(a, b);
    assertThat(product.toBigDecimal()).as("%s × %s", a, b).isEqualTo(expected);
    Statistics.label("rounded").collect(a.multiply(b).precision() > 34);
    Statistics.label("rounded").coverage(cov -> {
      cov.check(true).count(n -> n > 100);
      cov.check(false).count(n -> n > 100);
    });
  }

  @Property(tries = 20000)
  void dividesLikeBigDecimal(@ForAll("values") BigDecimal a, @ForAll("divisors") BigDecimal b) {
    Dec34 x = dec(a);
    Dec34 y = dec(b);
    Dec34 quotient = new Dec34();
    BigDecimal expected = Arithmetic.divide(a, b);
    if (!Dec34.divide(x, y, quotient, work)) {
      Statistics.label("exact").collect("refused");
      assertThat(a.precision()).isGreaterThan(34);
      return;
    }
    assertThat(quotient.toBigDecimal()).as("%s / %s", a, b).isEqualTo(expected);
    Statistics.label("exact").collect(expected.precision() < 34 ? "exact" : "34 digits");
    Statistics.label("exact").coverage(cov -> {
      cov.check("exact").count(n -> n > 100);
      cov.check("34 digits").count(n -> n > 100);
    });
  }

  @Property(tries = 20000)
  void comparesLikeBigDecimal(@ForAll("values") BigDecimal a, @ForAll("values") BigDecimal b) {
    Dec34 x = dec(a);
    Dec34 y = dec(b);
    assertThat(Integer.signum(x.compareTo(y, work))).isEqualTo(a.compareTo(b));
    // the same value in another scale compares equal
    BigDecimal wider = a.setScale(a.scale() + 1);
    if (wider.precision() <= 36) {
      y.read(wider);
      assertThat(x.compareTo(y, work)).isZero();
    }
  }

  @Test
  void edges() {
    for (String[] c : new String[][] {{"1", "1"}, {"10", "1"}, {"500", "5"}, {"0.98", "98"}, {"97.5", "98"}, {"0", "7"},
        {"0.00", "3"}, {"100", "100"}, {"1E+3", "7"}, {"999999999999999999999999999999999999", "999999999"},
        {"1000000000000000000000000000000000", "3"}, {"30", "30.0"}, {"7.29", "7.29"}}) {
      Dec34 x = dec(new BigDecimal(c[0]));
      Dec34 y = dec(new BigDecimal(c[1]));
      Dec34 q = new Dec34();
      if (Dec34.divide(x, y, q, work)) {
        assertThat(q.toBigDecimal()).as("%s / %s", c[0], c[1]).isEqualTo(Arithmetic.divide(new BigDecimal(c[0]), new BigDecimal(c[1])));
      }
      Dec34.multiply(x, y, q, work);
      assertThat(q.toBigDecimal()).as("%s × %s", c[0], c[1]).isEqualTo(Arithmetic.multiply(new BigDecimal(c[0]), new BigDecimal(c[1])));
    }
    for (int k = 0; k <= 18; k++) {
      long p = BigInteger.TEN.pow(k).longValueExact();
      assertThat(Dec34.digitsOf(p)).isEqualTo(k + 1);
      if (k > 0) {
        assertThat(Dec34.digitsOf(p - 1)).isEqualTo(k);
      }
    }
  }
}
