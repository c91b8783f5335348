package dev.perf.dsl;

/**
 * Limits that keep bad or hostile input from exhausting the parser.
 *
 * @param maxChars the largest input accepted, in chars (default 64 Mi)
 * @param maxErrors syntax errors reported before the parser gives up (default 100)
 * @param maxDepth deepest nesting of braces accepted (default 32; a valid table needs 5)
 */
public record ParseOptions(int maxChars, int maxErrors, int maxDepth) {
  public ParseOptions {
    if (maxChars < 1 || maxErrors < 1 || maxDepth < 1) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  public static ParseOptions defaults() {
    return new ParseOptions(64 * 1024 * 1024, 100, 32);
  }
}
