package dev.perf.eval.monitor;

import dev.perf.eval.score.Arithmetic;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.DeviationReason;
import dev.perf.model.monitoring.Possibility;
import dev.perf.model.target.Target;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * The goal track of one indicator in a monitoring report.
 *
 * @param category 一级指标
 * @param name the indicator
 * @param target 年度指标值
 * @param toDate the value to date (截至目前完成值)
 * @param projected the projected full-year value (全年预计完成值)
 * @param progressPercent value to date against target in percent (as the 完成率 of self-evaluation)
 * @param metToDate whether the value to date already meets the target
 * @param projectionMeets whether the projection meets the target; empty without a comparable projection
 * @param possibility 完成可能性 as stated
 * @param reason 偏差原因 as stated
 */
public record IndicatorProgress(
    String category,
    String name,
    Target target,
    Actual toDate,
    Optional<Actual> projected,
    Optional<BigDecimal> progressPercent,
    boolean metToDate,
    Optional<Boolean> projectionMeets,
    Optional<Possibility> possibility,
    Optional<DeviationReason> reason) {

  /** Rejects nulls. */
  public IndicatorProgress {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(toDate, "toDate");
    Objects.requireNonNull(projected, "projected");
    Objects.requireNonNull(progressPercent, "progressPercent");
    Objects.requireNonNull(projectionMeets, "projectionMeets");
    Objects.requireNonNull(possibility, "possibility");
    Objects.requireNonNull(reason, "reason");
  }

  /** The progress as shown (two decimals). */
  public Optional<BigDecimal> progress() {
    return progressPercent.map(Arithmetic::display);
  }
}
