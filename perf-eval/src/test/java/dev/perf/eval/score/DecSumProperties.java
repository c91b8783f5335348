package dev.perf.eval.score;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;

/**
 * {@link DecSum} gives what a chain of {@link BigDecimal#add} from zero gives — the same value and
 * the same scale — and shows it as {@link Arithmetic#display} does, whether the scales come
 * together in two words (a score total) or in limbs (anything wider).
 */
class DecSumProperties {
  private final long[] work = new long[10];

  /** Terms as scores are: points and their products with fractions, at the scales scoring makes. */
  @Provide
  Arbitrary<List<BigDecimal>> terms() {
    Arbitrary<BigDecimal> points = Combinators.combine(Arbitraries.integers().between(1, 60), Arbitraries.integers().between(1, 9))
        .as((p, n) -> Arithmetic.divide(BigDecimal.valueOf(p), BigDecimal.valueOf(n)));
    Arbitrary<BigDecimal> scores = Combinators.combine(points, Arbitraries.integers().between(1, 999), Arbitraries.integers().between(1, 999))
        .as((p, a, b) -> Arithmetic.multiply(p, Arithmetic.unit(Arithmetic.divide(BigDecimal.valueOf(a), BigDecimal.valueOf(b)))));
    Arbitrary<BigDecimal> plain = Combinators.combine(Arbitraries.longs().between(0, 100_000), Arbitraries.integers().between(0, 4))
        .as(BigDecimal::valueOf);
    Arbitrary<BigDecimal> wide = Combinators.combine(
        Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(36).subtract(BigInteger.ONE)),
        Arbitraries.integers().between(16, DecSum.SCALE)).as(BigDecimal::new);
    Arbitrary<BigDecimal> large = Combinators.combine(Arbitraries.bigIntegers().between(BigInteger.ZERO, BigInteger.TEN.pow(20).subtract(BigInteger.ONE)),
        Arbitraries.integers().between(0, 3)).as(BigDecimal::new);
    Arbitrary<BigDecimal> term = Arbitraries.frequencyOf(Tuple.of(6, points), Tuple.of(6, scores), Tuple.of(3, plain),
        Tuple.of(1, wide), Tuple.of(1, large));
    return term.list().ofMinSize(0).ofMaxSize(40);
  }

  @Property(tries = 20000)
  void addsShowsAndScalesLikeBigDecimal(@ForAll("terms") List<BigDecimal> terms) {
    DecSum sum = new DecSum();
    BigDecimal expected = BigDecimal.ZERO;
    Dec34 d = new Dec34();
    for (BigDecimal t : terms) {
      assertThat(d.read(t)).isTrue();
      assertThat(sum.add(d)).as("%s", t).isTrue();
      expected = expected.add(t);
    }
    BigDecimal shown = sum.display(work);
    BigDecimal total = sum.total(work);
    assertThat(total).isEqualTo(expected);
    assertThat(total.scale()).isEqualTo(expected.scale());
    if (expected.compareTo(new BigDecimal("1E15")) < 0) {
      assertThat(shown).isEqualTo(Arithmetic.display(expected));
    } else {
      assertThat(shown).isNull();
    }
    Statistics.label("digits at the largest scale").collect(expected.precision() <= 36 ? "≤ 36" : "> 36");
  }

  @Test
  void edgesOfTheTwoWordSum() {
    long[][] cases = {{0, 0}, {999_999_999_999_999_999L, 0}, {1, 36}, {5, 3}, {4, 3}, {995, 3}, {994, 3}};
    for (long[] c : cases) {
      for (int extra = 0; extra <= 2; extra++) {
        DecSum sum = new DecSum();
        Dec34 d = new Dec34();
        BigDecimal expected = BigDecimal.ZERO;
        for (BigDecimal t : List.of(BigDecimal.valueOf(c[0], (int) c[1]), BigDecimal.valueOf(extra, 1),
            new BigDecimal("99.999999999999999999999999999999999").movePointLeft(extra))) {
          d.read(t);
          sum.add(d);
          expected = expected.add(t);
        }
        assertThat(sum.display(work)).as("%s", expected)
            .isEqualTo(expected.compareTo(new BigDecimal("1E15")) < 0 ? Arithmetic.display(expected) : null);
        assertThat(sum.total(work)).isEqualTo(expected);
      }
    }
  }

  /** Hundredths that reach 10^17 do not fit the display's long arithmetic: the sum is shown as null, as before. */
  @Test
  void largestShownSum() {
    for (String[] c : new String[][] {{"1000000000000000.000", null}, {"999999999999999.999", "1000000000000000.00"},
        {"999999999999999.994", "999999999999999.99"}, {"100000000000000000", null}, {"99999999999999.9", "99999999999999.90"}}) {
      DecSum sum = new DecSum();
      Dec34 d = new Dec34();
      d.read(new BigDecimal(c[0]));
      sum.add(d);
      assertThat(sum.display(work)).as(c[0]).isEqualTo(c[1] == null ? null : new BigDecimal(c[1]));
      assertThat(sum.total(work)).isEqualTo(new BigDecimal(c[0]));
    }
  }
}
