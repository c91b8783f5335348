package dev.perf.cli.command;

/** The exit codes every verb uses. */
public final class ExitCodes {
  /** Nothing at or above the failure threshold. */
  public static final int OK = 0;
  /** Findings at or above {@code --fail-on}, or {@code fmt --check} found a file to reformat. */
  public static final int FINDINGS = 1;
  /** A usage error, or a file that could not be read or written. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
