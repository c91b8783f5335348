package dev.perf.cli.io;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * A progress line on standard error for long runs: shown only once a run has taken more than a
 * second and only when a person is watching (a console), updated at most ten times a second, and
 * erased at the end so it never mixes with the output.
 */
public final class Progress implements AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final long INTERVAL_NANOS = 100_000_000L;

  private final PrintWriter err;
  private final boolean enabled;
  private final LongSupplier clock;
  private final long start;
  private final int total;
  private long lastShown = Long.MIN_VALUE;
  private boolean shown;
  private int width;

  Progress(PrintWriter err, boolean enabled, int total, LongSupplier clock) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
    this.clock = clock;
    this.start = clock.getAsLong();
  }

  /** A progress line over {@code total} files, shown only when there is a console. */
  public static Progress start(PrintWriter err, int total) {
    return new Progress(err, System.console() != null, total, System::nanoTime);
  }

  /** Notes that file number {@code done} (1-based) named {@code name} is being processed. */
  public void step(int done, String name) {
    if (!enabled) {
      return;
    }
    long now = clock.getAsLong();
    if (now - start < DELAY_NANOS || (shown && now - lastShown < INTERVAL_NANOS)) {
      return;
    }
    String line = "[" + done + "/" + total + "] " + shorten(name);
    err.print("\r" + line + " ".repeat(Math.max(0, width - line.length())));
    err.flush();
    width = line.length();
    shown = true;
    lastShown = now;
  }

  /** True once the line has been drawn. */
  public boolean shown() {
    return shown;
  }

  /** Erases the line. */
  @Override
  public void close() {
    if (shown) {
      err.print("\r" + " ".repeat(width) + "\r");
      err.flush();
      shown = false;
    }
  }

  private static String shorten(String name) {
    return name.length() <= 60 ? name : "…" + name.substring(name.length() - 59);
  }
}
