package dev.perf.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** 预算数 with its optional split by funding source, in the table's money unit. */
public record Budget(BigDecimal total, List<FundingSource> sources) {
  public Budget {
    total = Require.nonNegative(total, "total");
    sources = Require.copy(sources, "sources");
  }

  /** A budget without a split by source. */
  public static Budget of(BigDecimal total) {
    return new Budget(total, List.of());
  }

  /** The amount of the named source, if the budget lists it. */
  public Optional<BigDecimal> source(String name) {
    return sources.stream().filter(s -> s.name().equals(name)).map(FundingSource::amount).findFirst();
  }

  /** The sum of all listed sources (zero when none are listed). */
  public BigDecimal sumOfSources() {
    return sources.stream().map(FundingSource::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
