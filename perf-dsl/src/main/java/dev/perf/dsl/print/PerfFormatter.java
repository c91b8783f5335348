package dev.perf.dsl.print;

import dev.perf.dsl.Comment;
import dev.perf.dsl.ParseResult;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code perf fmt}: prints a parsed file canonically and puts its comments and blank-line grouping
 * back. A comment on its own line stays before the element that followed it in the source; a
 * comment at the end of a line stays at the end of that element's line. Idempotent.
 */
public final class PerfFormatter {
  private PerfFormatter() {}

  /**
   * Formats a parsed file.
   *
   * @throws IllegalArgumentException if the file has errors: formatting would lose what could not be read
   */
  public static String format(ParseResult parsed, PrintOptions options) {
    if (parsed.hasErrors()) {
      throw new IllegalArgumentException("cannot format a file with errors: " + parsed.fileName());
    }
    List<Line> lines = PerfPrinter.lines(parsed.document(), options, parsed.sourceMap());
    String[] source = parsed.source().split("\r?\n", -1);
    return weave(lines, parsed.comments(), source, options);
  }

  /** Formats with canonical options. */
  public static String format(ParseResult parsed) {
    return format(parsed, PrintOptions.canonical());
  }

  private static String weave(List<Line> lines, List<Comment> comments, String[] source, PrintOptions options) {
    int n = lines.size();
    List<List<Comment>> leading = new ArrayList<>();
    List<List<Comment>> trailing = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      leading.add(new ArrayList<>());
      trailing.add(new ArrayList<>());
    }
    List<Comment> atEnd = new ArrayList<>();
    for (Comment c : comments) {
      int target = c.ownLine() ? -1 : firstWithOrigin(lines, c.line());
      if (target >= 0) {
        trailing.get(target).add(c);
        continue;
      }
      int next = nextAfter(lines, c.line());
      if (next < 0) {
        atEnd.add(c);
      } else {
        leading.get(next).add(c);
      }
    }

    StringBuilder b = new StringBuilder();
    Line previous = null;
    for (int i = 0; i < n; i++) {
      Line l = lines.get(i);
      int level = l.text().equals("}") && previous != null && !leading.get(i).isEmpty() ? l.level() + 1 : l.level();
      boolean canBlank = previous != null && !previous.text().endsWith("{") && !previous.text().endsWith("\"\"\"");
      for (Comment c : leading.get(i)) {
        if (canBlank && blankBefore(source, c.line())) {
          b.append('\n');
        }
        b.append(" ".repeat(level * options.indent())).append(c.text()).append('\n');
        canBlank = true;
      }
      if (l.origin() > 0 && canBlank && (blankBefore(source, l.origin()) && firstOfOrigin(lines, i)
          || leading.get(i).isEmpty() && previous != null && previous.level() == 0 && l.level() == 0
          && previous.text().equals("}"))) {
        b.append('\n');
      } else if (l.origin() == 0 && previous != null && previous.level() == 0 && previous.text().equals("}")
          && l.level() == 0 && leading.get(i).isEmpty()) {
        b.append('\n');
      }
      StringBuilder line = new StringBuilder();
      PerfPrinter.appendLine(line, l, options);
      if (!trailing.get(i).isEmpty()) {
        line.setLength(line.length() - 1);
        for (Comment c : trailing.get(i)) {
          line.append("  ").append(c.text());
        }
        line.append('\n');
      }
      b.append(line);
      previous = l;
    }
    for (Comment c : atEnd) {
      if (blankBefore(source, c.line()) && b.length() > 0) {
        b.append('\n');
      }
      b.append(c.text()).append('\n');
    }
    return b.toString();
  }

  private static boolean firstOfOrigin(List<Line> lines, int i) {
    int origin = lines.get(i).origin();
    for (int j = 0; j < i; j++) {
      if (lines.get(j).origin() == origin) {
        return false;
      }
    }
    return true;
  }

  private static int firstWithOrigin(List<Line> lines, int sourceLine) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).origin() == sourceLine) {
        return i;
      }
    }
    return -1;
  }

  /** The printed line whose source line is the smallest one after {@code sourceLine}. */
  private static int nextAfter(List<Line> lines, int sourceLine) {
    int best = -1;
    int bestOrigin = Integer.MAX_VALUE;
    for (int i = 0; i < lines.size(); i++) {
      int o = lines.get(i).origin();
      if (o > sourceLine && o < bestOrigin) {
        best = i;
        bestOrigin = o;
      }
    }
    return best;
  }

  /** True if the source line before {@code line} (1-based) is blank. */
  private static boolean blankBefore(String[] source, int line) {
    int idx = line - 2;
    return idx >= 0 && idx < source.length && source[idx].isBlank();
  }
}
