package dev.perf.cli.output;

import dev.perf.cli.report.Block;
import dev.perf.cli.report.Chart;
import dev.perf.cli.report.Fields;
import dev.perf.cli.report.Heading;
import dev.perf.cli.report.Notes;
import dev.perf.cli.report.Paragraph;
import dev.perf.cli.report.Sheet;
import dev.perf.cli.report.Table;
import java.util.List;
import java.util.Locale;

/** Renders sheets as HTML fragments (one {@code <section class="sheet">} each), styled by {@link HtmlPage}. */
public final class HtmlSheets {
  private HtmlSheets() {}

  /** One sheet as a section. */
  public static String render(Sheet sheet, String id) {
    StringBuilder b = new StringBuilder();
    b.append("<section class=\"sheet\"").append(id.isEmpty() ? "" : " id=\"" + Html.escape(id) + "\"").append(">\n");
    b.append("<h2 class=\"sheet-title\">").append(Html.escape(sheet.title())).append("</h2>\n");
    if (!sheet.subtitle().isEmpty()) {
      b.append("<p class=\"subtitle\">").append(Html.escape(sheet.subtitle())).append("</p>\n");
    }
    for (Block block : sheet.blocks()) {
      block(b, block);
    }
    b.append("</section>\n");
    return b.toString();
  }

  private static void block(StringBuilder b, Block block) {
    if (block instanceof Heading) {
      Heading h = (Heading) block;
      int level = Math.min(6, h.level() + 1);
      b.append("<h").append(level).append('>').append(Html.escape(h.text())).append("</h").append(level).append(">\n");
    } else if (block instanceof Paragraph) {
      b.append("<p>").append(Html.escape(((Paragraph) block).text()).replace("\n", "<br>")).append("</p>\n");
    } else if (block instanceof Fields) {
      b.append("<table class=\"fields\"><tbody>\n");
      for (Fields.Field f : ((Fields) block).fields()) {
        b.append("<tr><th>").append(Html.escape(f.label())).append("</th><td>")
            .append(Html.escape(f.value()).replace("\n", "<br>")).append("</td></tr>\n");
      }
      b.append("</tbody></table>\n");
    } else if (block instanceof Table) {
      table(b, (Table) block);
    } else if (block instanceof Notes) {
      Notes n = (Notes) block;
      if (!n.items().isEmpty()) {
        b.append("<div class=\"notes\"><h4>").append(Html.escape(n.title())).append("</h4><ul>\n");
        for (Notes.Note note : n.items()) {
          b.append("<li class=\"").append(note.severity().name().toLowerCase(Locale.ROOT)).append("\"><span class=\"label\">")
              .append(Html.escape(note.label())).append("</span> ").append(Html.escape(note.text())).append("</li>\n");
        }
        b.append("</ul></div>\n");
      }
    } else if (block instanceof Chart) {
      Chart c = (Chart) block;
      b.append("<figure class=\"chart\">").append(c.svg()).append("<figcaption>").append(Html.escape(c.caption()))
          .append("</figcaption></figure>\n");
    }
  }

  private static void table(StringBuilder b, Table t) {
    b.append("<table class=\"grid\">\n");
    if (!t.caption().isEmpty()) {
      b.append("<caption>").append(Html.escape(t.caption())).append("</caption>\n");
    }
    b.append("<thead><tr>");
    for (String h : t.header()) {
      b.append("<th>").append(Html.escape(h)).append("</th>");
    }
    b.append("</tr></thead>\n<tbody>\n");
    List<Table.Row> rows = t.rows();
    int[][] span = rowSpans(t);
    for (int i = 0; i < rows.size(); i++) {
      Table.Row r = rows.get(i);
      b.append("<tr");
      String cls = (r.kind() == Table.Kind.BODY ? "" : r.kind().name().toLowerCase(Locale.ROOT))
          + (r.tone() == Table.Tone.NONE ? "" : " tone-" + r.tone().name().toLowerCase(Locale.ROOT));
      if (!cls.isBlank()) {
        b.append(" class=\"").append(cls.strip()).append('"');
      }
      b.append('>');
      for (int c = 0; c < r.cells().size(); c++) {
        if (span[i][c] == 0) {
          continue;
        }
        b.append("<td");
        if (span[i][c] > 1) {
          b.append(" rowspan=\"").append(span[i][c]).append('"');
        }
        if (t.numeric().contains(c)) {
          b.append(" class=\"num\"");
        }
        b.append('>').append(Html.escape(r.cells().get(c))).append("</td>");
      }
      b.append("</tr>\n");
    }
    b.append("</tbody></table>\n");
  }

  /** For each cell, how many rows it spans: 1 normally, 0 if merged into the cell above. */
  private static int[][] rowSpans(Table t) {
    List<Table.Row> rows = t.rows();
    int cols = t.header().size();
    int[][] span = new int[rows.size()][cols];
    for (int[] s : span) {
      java.util.Arrays.fill(s, 1);
    }
    for (int c = 0; c < t.mergeColumns(); c++) {
      int top = -1;
      for (int i = 0; i < rows.size(); i++) {
        Table.Row r = rows.get(i);
        boolean mergeable = r.kind() == Table.Kind.BODY && top >= 0
            && rows.get(top).cells().get(c).equals(r.cells().get(c))
            && (c == 0 || span[i][c - 1] == 0);
        if (mergeable) {
          span[top][c]++;
          span[i][c] = 0;
        } else {
          top = r.kind() == Table.Kind.BODY ? i : -1;
        }
      }
    }
    return span;
  }
}
