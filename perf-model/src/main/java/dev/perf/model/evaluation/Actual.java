package dev.perf.model.evaluation;

/**
 * What was achieved for an indicator (完成值 / 实际完成值): a measurement, a date, a grade with an
 * optional rate, or "not applicable".
 */
public sealed interface Actual permits Measured, OnDate, Graded, NotApplicable {}
