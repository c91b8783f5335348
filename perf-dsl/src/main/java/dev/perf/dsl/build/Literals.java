package dev.perf.dsl.build;

import dev.perf.dsl.grammar.PerfBaseLexer;
import dev.perf.dsl.syntax.TokenNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/** Reads the text of literal tokens: strings, block strings and dates. */
final class Literals {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
  private static final Pattern CN_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})[日号](前|之前|以前)?");

  private Literals() {}

  /** The text of a STRING, BLOCK_STRING or WORD token. */
  static String text(Token t) {
    return switch (t.getType()) {
      case PerfBaseLexer.STRING -> {
        String inner = t instanceof TokenNode n ? n.innerText(1, 1) : t.getText().substring(1, t.getText().length() - 1);
        // Escapes count only in "…"; “…” is taken as typed.
        yield inner.indexOf('\\') < 0 || t.getText().startsWith("“") ? inner : unescape(inner);
      }
      case PerfBaseLexer.BLOCK_STRING -> {
        String s = t.getText();
        yield dedent(s.substring(3, s.length() - 3));
      }
      default -> t.getText();
    };
  }

  static String unescape(String s) {
    if (s.indexOf('\\') < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\' || i + 1 == s.length()) {
        b.append(c);
        continue;
      }
      char n = s.charAt(++i);
      switch (n) {
        case 'n' -> b.append('\n');
        case 't' -> b.append('\t');
        case 'r' -> b.append('\r');
        case 'u' -> {
          if (i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
            b.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
            i += 4;
          } else {
            b.append("\\u");
          }
        }
        default -> b.append(n);
      }
    }
    return b.toString();
  }

  /**
   * The content of a block string: the line break after the opening quotes and the indentation
   * before the closing quotes are dropped, and the common indentation of the lines is removed.
   */
  static String dedent(String raw) {
    String body = raw.replace("\r\n", "\n");
    if (body.startsWith("\n")) {
      body = body.substring(1);
    }
    String[] lines = body.split("\n", -1);
    int last = lines.length - 1;
    boolean closingOnOwnLine = lines.length > 1 && lines[last].isBlank();
    int indent = Integer.MAX_VALUE;
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank() && !(closingOnOwnLine && i == last)) {
        continue;
      }
      indent = Math.min(indent, leadingSpaces(lines[i]));
    }
    if (indent == Integer.MAX_VALUE) {
      indent = 0;
    }
    StringBuilder b = new StringBuilder();
    int end = closingOnOwnLine ? last : lines.length;
    for (int i = 0; i < end; i++) {
      if (i > 0) {
        b.append('\n');
      }
      String line = lines[i];
      b.append(line.length() >= indent ? line.substring(indent) : line.strip());
    }
    return b.toString();
  }

  private static int leadingSpaces(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\t' || s.charAt(i) == '\u3000')) {
      i++;
    }
    return i;
  }

  /** A DATE or CN_DATE token's date; empty when the day does not exist (2025-02-30). */
  static Optional<LocalDate> date(Token t) {
    String text = t.getText();
    if (t.getType() == PerfBaseLexer.DATE) {
      // The lexer guarantees dddd-d(d)-d(d): read the fields without a regular expression.
      int dash1 = text.indexOf('-');
      int dash2 = dash1 < 0 ? -1 : text.indexOf('-', dash1 + 1);
      if (dash1 == 4 && dash2 > dash1 + 1 && dash2 < text.length() - 1 && digits(text, 0, text.length())) {
        return date(Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, dash1 + 1, dash2, 10),
            Integer.parseInt(text, dash2 + 1, text.length(), 10));
      }
    }
    Matcher m = (t.getType() == PerfBaseLexer.CN_DATE ? CN_DATE : ISO_DATE).matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    return date(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** True if {@code s[from, to)} holds only ASCII digits and dashes. */
  private static boolean digits(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if ((c < '0' || c > '9') && c != '-') {
        return false;
      }
    }
    return true;
  }

  /** True for {@code 2025年6月30日前}: a date written as a deadline. */
  static boolean isDeadlineSuffix(Token t) {
    if (t.getType() != PerfBaseLexer.CN_DATE) {
      return false;
    }
    Matcher m = CN_DATE.matcher(t.getText());
    return m.matches() && m.group(4) != null;
  }
}
