package dev.perf.bench.check;

/** The cold-start baseline: a JVM that starts, runs an empty {@code main} and exits. */
public final class EmptyMain {
  private EmptyMain() {}

  public static void main(String[] args) {
    // nothing: the time of this process is the JVM's own start-up
  }
}
