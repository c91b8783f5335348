package dev.perf.cli;

import java.io.InputStream;

/** A command that reads {@code -} from a standard input chosen by whoever runs it (a test or the process). */
public interface StdinAware {
  /** Sets the stream {@code -} reads from. */
  void stdin(InputStream in);
}
