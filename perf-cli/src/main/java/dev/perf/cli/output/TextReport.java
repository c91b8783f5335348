package dev.perf.cli.output;

import dev.perf.cli.report.Block;
import dev.perf.cli.report.Chart;
import dev.perf.cli.report.Fields;
import dev.perf.cli.report.Heading;
import dev.perf.cli.report.Notes;
import dev.perf.cli.report.Paragraph;
import dev.perf.cli.report.Sheet;
import dev.perf.cli.report.Table;
import dev.perf.dsl.render.DisplayWidth;
import java.util.List;

/** Renders sheets as plain text for a terminal: columns aligned by display width, so Chinese lines up. */
public final class TextReport {
  private TextReport() {}

  /** The sheets one after another, separated by a rule. */
  public static String render(List<Sheet> sheets) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      if (i > 0) {
        b.append('\n').append("=".repeat(72)).append("\n\n");
      }
      render(b, sheets.get(i));
    }
    return b.toString();
  }

  private static void render(StringBuilder b, Sheet sheet) {
    b.append(sheet.title()).append('\n');
    if (!sheet.subtitle().isEmpty()) {
      b.append(sheet.subtitle()).append('\n');
    }
    for (Block block : sheet.blocks()) {
      b.append('\n');
      block(b, block);
    }
  }

  private static void block(StringBuilder b, Block block) {
    if (block instanceof Heading) {
      Heading h = (Heading) block;
      b.append(h.level() <= 2 ? "【" + h.text() + "】" : h.text()).append('\n');
    } else if (block instanceof Paragraph) {
      b.append(((Paragraph) block).text()).append('\n');
    } else if (block instanceof Fields) {
      List<Fields.Field> fields = ((Fields) block).fields();
      int w = fields.stream().mapToInt(f -> DisplayWidth.of(f.label())).max().orElse(0);
      for (Fields.Field f : fields) {
        b.append(pad(f.label(), w)).append("  ").append(f.value().replace("\n", "\n" + " ".repeat(w + 2))).append('\n');
      }
    } else if (block instanceof Table) {
      table(b, (Table) block);
    } else if (block instanceof Notes) {
      Notes n = (Notes) block;
      if (!n.items().isEmpty()) {
        b.append(n.title()).append('\n');
        for (Notes.Note note : n.items()) {
          b.append("  - ").append(note.label()).append("：").append(note.text()).append('\n');
        }
      }
    } else if (block instanceof Chart) {
      Chart c = (Chart) block;
      b.append(c.caption()).append('\n').append(c.alternative()).append('\n');
    }
  }

  private static void table(StringBuilder b, Table t) {
    if (!t.caption().isEmpty()) {
      b.append(t.caption()).append('\n');
    }
    int cols = t.header().size();
    int[] width = new int[cols];
    for (int c = 0; c < cols; c++) {
      width[c] = DisplayWidth.of(t.header().get(c));
    }
    List<List<String>> shown = new java.util.ArrayList<>();
    List<String> previous = null;
    for (Table.Row r : t.rows()) {
      List<String> cells = new java.util.ArrayList<>(r.cells());
      for (int c = 0; c < t.mergeColumns() && previous != null && r.kind() == Table.Kind.BODY; c++) {
        if (cells.get(c).equals(previous.get(c)) && (c == 0 || cells.get(c - 1).isEmpty())) {
          cells.set(c, "");
        } else {
          break;
        }
      }
      previous = r.kind() == Table.Kind.BODY ? r.cells() : null;
      shown.add(cells);
      for (int c = 0; c < cols; c++) {
        width[c] = Math.max(width[c], DisplayWidth.of(cells.get(c)));
      }
    }
    row(b, t.header(), width, t, true);
    int total = 0;
    for (int w : width) {
      total += w;
    }
    b.append("-".repeat(total + 2 * (cols - 1))).append('\n');
    for (int i = 0; i < shown.size(); i++) {
      if (t.rows().get(i).kind() == Table.Kind.TOTAL && (i == 0 || t.rows().get(i - 1).kind() != Table.Kind.TOTAL)) {
        b.append("-".repeat(total + 2 * (cols - 1))).append('\n');
      }
      row(b, shown.get(i), width, t, false);
    }
  }

  private static void row(StringBuilder b, List<String> cells, int[] width, Table t, boolean header) {
    StringBuilder line = new StringBuilder();
    for (int c = 0; c < cells.size(); c++) {
      if (c > 0) {
        line.append("  ");
      }
      String cell = cells.get(c).replace('\n', ' ');
      line.append(!header && t.numeric().contains(c) ? padLeft(cell, width[c]) : pad(cell, width[c]));
    }
    b.append(line.toString().stripTrailing()).append('\n');
  }

  static String pad(String s, int width) {
    return s + " ".repeat(Math.max(0, width - DisplayWidth.of(s)));
  }

  static String padLeft(String s, int width) {
    return " ".repeat(Math.max(0, width - DisplayWidth.of(s))) + s;
  }
}
