package dev.perf.bench.report;

import dev.perf.bench.jmh.Workload;

/** What one operation of a shape processes, recomputed from the seeded corpus (it is deterministic). */
record WorkloadSize(long perfBytes, long jsonBytes, long indicators) {

  static WorkloadSize of(String shape) {
    Workload w = new Workload();
    w.shape = shape;
    w.setup();
    return new WorkloadSize(w.perfBytes, w.jsonBytes, w.indicators);
  }
}
