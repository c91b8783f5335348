package dev.perf.cli.command;

import dev.perf.cli.io.Input;
import java.util.ArrayDeque;
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
 * Checks files on worker threads and hands the results back in input order. At most a few results
 * per thread are held at once, so a folder of any size runs in a fixed heap. With one thread the
 * files are checked on the caller's thread, one at a time.
 */
final class CheckedFiles implements Iterator<CheckCommand.Checked>, AutoCloseable {
  private final Iterator<Input> inputs;
  private final Function<Input, CheckCommand.Checked> check;
  private final ExecutorService pool;
  private final int window;
  private final Deque<Future<CheckCommand.Checked>> pending = new ArrayDeque<>();

  CheckedFiles(List<Input> inputs, Function<Input, CheckCommand.Checked> check, int threads) {
    this.inputs = inputs.iterator();
    this.check = check;
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "perf-check");
      t.setDaemon(true);
      return t;
    }) : null;
    this.window = threads * 4;
  }

  @Override
  public boolean hasNext() {
    return !pending.isEmpty() || inputs.hasNext();
  }

  @Override
  public CheckCommand.Checked next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    if (pool == null) {
      return check.apply(inputs.next());
    }
    while (pending.size() < window && inputs.hasNext()) {
      Input input = inputs.next();
      pending.add(pool.submit(() -> check.apply(input)));
    }
    try {
      return pending.poll().get();
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
