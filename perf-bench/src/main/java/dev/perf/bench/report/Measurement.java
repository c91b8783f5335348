package dev.perf.bench.report;

/**
 * One JMH result: benchmark method, workload shape, operations per second and bytes allocated per
 * operation ({@code gc.alloc.rate.norm} of {@code -prof gc}; NaN when the profiler was off).
 */
record Measurement(String benchmark, String shape, double opsPerSecond, double allocBytesPerOp) {}
