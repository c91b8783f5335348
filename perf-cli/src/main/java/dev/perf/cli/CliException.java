package dev.perf.cli;

/** A failure to report as one line and exit code 2: an unreadable file, an unwritable output, a bad argument. */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public CliException(String message) {
    super(message);
  }

  public CliException(String message, Throwable cause) {
    super(message, cause);
  }
}
