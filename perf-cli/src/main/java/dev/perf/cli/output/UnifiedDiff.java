package dev.perf.cli.output;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts by lines, from a longest-common-subsequence table. Meant for source
 * files of human size: the table is O(n·m) after trimming the common head and tail.
 */
public final class UnifiedDiff {
  private static final int CONTEXT = 3;

  private UnifiedDiff() {}

  /** The diff from {@code before} to {@code after} with 3 lines of context; empty if they are equal. */
  public static String diff(String fromName, String toName, String before, String after) {
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Edit> edits = edits(a, b);
    if (edits.stream().allMatch(e -> e.op == ' ')) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(fromName).append('\n');
    out.append("+++ ").append(toName).append('\n');
    int i = 0;
    while (i < edits.size()) {
      if (edits.get(i).op == ' ') {
        i++;
        continue;
      }
      int start = Math.max(0, i - CONTEXT);
      int end = i;
      int lastChange = i;
      while (end < edits.size()) {
        if (edits.get(end).op != ' ') {
          lastChange = end;
        } else if (end - lastChange > 2 * CONTEXT) {
          break;
        }
        end++;
      }
      end = Math.min(edits.size(), lastChange + CONTEXT + 1);
      hunk(out, edits.subList(start, end));
      i = end;
    }
    return out.toString();
  }

  private static void hunk(StringBuilder out, List<Edit> hunk) {
    int aStart = -1;
    int bStart = -1;
    int aCount = 0;
    int bCount = 0;
    for (Edit e : hunk) {
      if (e.op != '+') {
        aCount++;
        if (aStart < 0) {
          aStart = e.aLine;
        }
      }
      if (e.op != '-') {
        bCount++;
        if (bStart < 0) {
          bStart = e.bLine;
        }
      }
    }
    out.append("@@ -").append(range(aStart < 0 ? hunk.get(0).aLine : aStart, aCount))
        .append(" +").append(range(bStart < 0 ? hunk.get(0).bLine : bStart, bCount)).append(" @@\n");
    for (Edit e : hunk) {
      out.append(e.op).append(e.text).append('\n');
    }
  }

  private static String range(int start, int count) {
    if (count == 0) {
      return (start - 1) + ",0";
    }
    return count == 1 ? String.valueOf(start) : start + "," + count;
  }

  private record Edit(char op, String text, int aLine, int bLine) {}

  private static List<Edit> edits(List<String> a, List<String> b) {
    int head = 0;
    while (head < a.size() && head < b.size() && a.get(head).equals(b.get(head))) {
      head++;
    }
    int tail = 0;
    while (tail < a.size() - head && tail < b.size() - head
        && a.get(a.size() - 1 - tail).equals(b.get(b.size() - 1 - tail))) {
      tail++;
    }
    int n = a.size() - head - tail;
    int m = b.size() - head - tail;
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(head + i).equals(b.get(head + j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Edit> out = new ArrayList<>();
    for (int k = 0; k < head; k++) {
      out.add(new Edit(' ', a.get(k), k + 1, k + 1));
    }
    int i = 0;
    int j = 0;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(head + i).equals(b.get(head + j))) {
        out.add(new Edit(' ', a.get(head + i), head + i + 1, head + j + 1));
        i++;
        j++;
      } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
        out.add(new Edit('-', a.get(head + i), head + i + 1, head + j + 1));
        i++;
      } else {
        out.add(new Edit('+', b.get(head + j), head + i + 1, head + j + 1));
        j++;
      }
    }
    for (int k = 0; k < tail; k++) {
      int ai = a.size() - tail + k;
      int bi = b.size() - tail + k;
      out.add(new Edit(' ', a.get(ai), ai + 1, bi + 1));
    }
    return out;
  }

  private static List<String> lines(String text) {
    List<String> out = new ArrayList<>(List.of(text.split("\r?\n", -1)));
    if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
      out.remove(out.size() - 1);
    }
    return out;
  }
}
