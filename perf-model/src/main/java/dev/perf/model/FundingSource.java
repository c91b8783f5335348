package dev.perf.model;

import java.math.BigDecimal;

/**
 * One source of a budget (资金来源) and its amount, e.g. 财政资金 20.00. Well-known names are listed
 * in {@link #KNOWN_NAMES}; any other name is allowed.
 */
public record FundingSource(String name, BigDecimal amount) {
  /** The sources of the official tables, in their usual order. */
  public static final java.util.List<String> KNOWN_NAMES =
      java.util.List.of("财政资金", "其他资金", "上年结转资金", "财政专户管理资金", "单位资金");

  public FundingSource {
    Require.text(name, "name");
    amount = Require.nonNegative(amount, "amount");
  }
}
