package dev.perf.dsl.print;

import dev.perf.dsl.lex.Keyword;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/** Writes names, texts and numbers so that they read back exactly. */
final class Literals {
  /** Mirrors the lexer's WORD: digits only inside ASCII runs, segments joined by '/'. */
  private static final String SEGMENT =
      "(?:[A-Za-z_][A-Za-z0-9_]*|\\p{L})(?:[A-Za-z_][A-Za-z0-9_]*|[\\p{L}\\p{Mn}\\p{Mc}\\p{No}·])*";
  private static final Pattern BARE = Pattern.compile(SEGMENT + "(?:/" + SEGMENT + ")*");
  private static final java.util.List<String> BOUND_SUFFIXES = java.util.List.of("以上", "以下", "以内", "之内");

  private Literals() {}

  /** True if {@code s} reads back as one bare word that is not a keyword. */
  static boolean bareSafe(String s) {
    return BARE.matcher(s).matches() && !Keyword.isKeyword(s);
  }

  /** A unit word: bare when it can be and does not end like a bound (以上, 以内 …), else quoted. */
  static String unit(String s) {
    return bareSafe(s) && BOUND_SUFFIXES.stream().noneMatch(s::endsWith) ? s : quote(s);
  }

  /** A name: bare when it can be, else quoted. */
  static String name(String s) {
    return bareSafe(s) ? s : quote(s);
  }

  /** A double-quoted string with escapes for quotes, backslashes and control characters. */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\t' -> b.append("\\t");
        case '\r' -> b.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  /** True if {@code s} can be written as a """ block string that reads back unchanged. */
  static boolean blockSafe(String s) {
    if (!s.contains("\n") || s.contains("\"\"\"") || s.contains("\r") || s.startsWith("\n") || s.endsWith("\"")
        || s.endsWith("\\")) {
      return false;
    }
    boolean unindented = false;
    for (String line : s.split("\n", -1)) {
      if (!line.isBlank() && !Character.isWhitespace(line.codePointAt(0)) && line.codePointAt(0) != '\u3000') {
        unindented = true;
      }
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (c < 0x20 && c != '\t') {
          return false;
        }
      }
    }
    return unindented;
  }

  static String number(BigDecimal n) {
    return n.toPlainString();
  }
}
