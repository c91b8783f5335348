package dev.perf.bench.check;

import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import dev.perf.eval.validate.Validator;
import dev.perf.model.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The multi-threaded folder check that {@code perf check} would run with worker threads: every
 * {@code *.perf} file under a folder is read, parsed and validated, and only counts are kept, so the
 * heap holds no more than one file per worker. It measures the 1 → N thread speed-up of the library
 * calls alone, without {@code perf check}'s sorted listing and ordered output.
 *
 * <p>Usage: {@code FolderCheck DIR THREADS}, or {@code FolderCheck DIR steady} for the speed-up once
 * the JIT has compiled the check; prints one line of {@code key=value} figures.
 */
public final class FolderCheck {
  private final Validator validator = Validator.standard();
  private final AtomicLong files = new AtomicLong();
  private final AtomicLong bytes = new AtomicLong();
  private final AtomicLong errors = new AtomicLong();
  private final AtomicLong warnings = new AtomicLong();

  private FolderCheck() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    if (args[1].equals("steady")) {
      steady(dir);
      return;
    }
    int threads = Integer.parseInt(args[1]);
    FolderCheck check = new FolderCheck();
    long started = System.nanoTime();
    check.run(dir, threads);
    double seconds = (System.nanoTime() - started) / 1e9;
    // CPU of the whole process and the JIT's share of it: on two cores a single worker already has
    // the compiler running beside it, so these say how much a second worker can gain
    System.out.printf("threads=%d files=%d bytes=%d errors=%d warnings=%d seconds=%.3f files_per_s=%.0f "
            + "mb_per_s=%.2f max_heap_mb=%d peak_heap_mb=%d cpu_s=%.2f jit_s=%.2f%n",
        threads, check.files.get(), check.bytes.get(), check.errors.get(), check.warnings.get(), seconds,
        check.files.get() / seconds, check.bytes.get() / seconds / 1e6, Runtime.getRuntime().maxMemory() >> 20,
        peakHeap() >> 20, processCpuSeconds(), ManagementFactory.getCompilationMXBean().getTotalCompilationTime() / 1e3);
  }

  /**
   * The speed-up of the check itself: 1 and 2 threads timed in one JVM after a warm-up pass over the
   * folder, best of two rounds each. A cold run on two cores has the JIT compilers working beside its
   * single worker for most of the run; this leaves their work out.
   */
  private static void steady(Path dir) throws InterruptedException, IOException {
    new FolderCheck().run(dir, 2);
    double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
    for (int round = 0; round < 2; round++) {
      for (int threads = 1; threads <= 2; threads++) {
        long started = System.nanoTime();
        new FolderCheck().run(dir, threads);
        best[threads - 1] = Math.min(best[threads - 1], (System.nanoTime() - started) / 1e9);
      }
    }
    System.out.printf("steady_1_seconds=%.3f steady_2_seconds=%.3f%n", best[0], best[1]);
  }

  /** Workers pull paths from one shared, lazily walked iterator: nothing is listed up front. */
  private void run(Path dir, int threads) throws InterruptedException, IOException {
    try (Stream<Path> walk = Files.walk(dir)) {
      Iterator<Path> paths = walk.filter(p -> p.toString().endsWith(".perf")).iterator();
      Thread[] workers = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        workers[t] = new Thread(() -> work(paths), "check-" + t);
        workers[t].start();
      }
      for (Thread w : workers) {
        w.join();
      }
    }
  }

  private void work(Iterator<Path> paths) {
    while (true) {
      Path file;
      synchronized (paths) {
        if (!paths.hasNext()) {
          return;
        }
        file = paths.next();
      }
      check(file);
    }
  }

  private void check(Path file) {
    try {
      ParseResult parsed = PerfParser.parse(file);
      files.incrementAndGet();
      bytes.addAndGet(Files.size(file));
      count(parsed.diagnostics());
      if (!parsed.hasErrors()) {
        count(validator.validate(parsed.document(), parsed.sourceMap(), parsed.disabledRules()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void count(Iterable<Diagnostic> diagnostics) {
    for (Diagnostic d : diagnostics) {
      (d.isError() ? errors : warnings).incrementAndGet();
    }
  }

  private static double processCpuSeconds() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime() / 1e9;
    }
    return Double.NaN;
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }
}
