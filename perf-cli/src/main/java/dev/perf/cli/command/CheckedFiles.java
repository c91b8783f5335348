package dev.perf.cli.command;

import dev.perf.cli.io.Input;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Checks files on worker threads and hands the results back in input order. Workers take runs of
 * {@value #RUN} consecutive files, so that a folder of small files costs one hand-over between
 * threads per run rather than per file; at most {@value #RUNS_PER_THREAD} runs per thread are in
 * flight, and a result keeps only a file's text and diagnostics, so a folder of any size runs in a
 * fixed heap. With one thread the files are checked on the caller's thread, one at a time.
 */
final class CheckedFiles implements Iterator<CheckCommand.Checked>, AutoCloseable {
  /** Files per task: enough to make the hand-over cheap next to the work, few enough to keep both workers busy. */
  static final int RUN = 8;
  /** Runs queued per worker, so that a worker never waits for the caller to hand it the next one. */
  static final int RUNS_PER_THREAD = 3;

  private final Iterator<Input> inputs;
  private final Function<Input, CheckCommand.Checked> check;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<List<CheckCommand.Checked>>> pending = new ArrayDeque<>();
  private Iterator<CheckCommand.Checked> current = java.util.Collections.emptyIterator();

  CheckedFiles(List<Input> inputs, Function<Input, CheckCommand.Checked> check, int threads) {
    this.inputs = inputs.iterator();
    this.check = check;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "perf-check");
      t.setDaemon(true);
      return t;
    }) : null;
    this.window = threads * RUNS_PER_THREAD;
  }

  @Override
  public boolean hasNext() {
    return current.hasNext() || !pending.isEmpty() || inputs.hasNext();
  }

  @Override
  public CheckCommand.Checked next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (pool == null) {
      return check.apply(inputs.next());
    }
    if (!current.hasNext()) {
      fill();
      current = await(pending.poll()).iterator();
    }
    return current.next();
  }

  private void fill() {
    while (pending.size() < window && inputs.hasNext()) {
      List<Input> run = new ArrayList<>(RUN);
      while (run.size() < RUN && inputs.hasNext()) {
        run.add(inputs.next());
      }
      pending.add(pool.submit(() -> checkAll(run)));
    }
  }

  private List<CheckCommand.Checked> checkAll(List<Input> run) {
    List<CheckCommand.Checked> out = new ArrayList<>(run.size());
    for (Input input : run) {
      out.add(check.apply(input));
    }
    return out;
  }

  private static List<CheckCommand.Checked> await(Future<List<CheckCommand.Checked>> run) {
    try {
      return run.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }
}
