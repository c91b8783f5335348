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

/** Renders sheets as GitHub-flavoured Markdown: headings, pipe tables, bullet lists. */
public final class MarkdownReport {
  private MarkdownReport() {}

  /** The sheets one after another. */
  public static String render(List<Sheet> sheets) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < sheets.size(); i++) {
      if (i > 0) {
        b.append("\n---\n\n");
      }
      render(b, sheets.get(i));
    }
    return b.toString();
  }

  private static void render(StringBuilder b, Sheet sheet) {
    b.append("# ").append(sheet.title()).append('\n');
    if (!sheet.subtitle().isEmpty()) {
      b.append('\n').append(sheet.subtitle()).append('\n');
    }
    for (Block block : sheet.blocks()) {
      b.append('\n');
      block(b, block);
    }
  }

  private static void block(StringBuilder b, Block block) {
    if (block instanceof Heading) {
      Heading h = (Heading) block;
      b.append("#".repeat(Math.min(6, h.level() + 1))).append(' ').append(h.text()).append('\n');
    } else if (block instanceof Paragraph) {
      b.append(((Paragraph) block).text()).append('\n');
    } else if (block instanceof Fields) {
      b.append("| | |\n|---|---|\n");
      for (Fields.Field f : ((Fields) block).fields()) {
        b.append("| **").append(cell(f.label())).append("** | ").append(cell(f.value())).append(" |\n");
      }
    } else if (block instanceof Table) {
      table(b, (Table) block);
    } else if (block instanceof Notes) {
      Notes n = (Notes) block;
      if (!n.items().isEmpty()) {
        b.append("**").append(n.title()).append("**\n\n");
        for (Notes.Note note : n.items()) {
          b.append("- **").append(note.label()).append("**：").append(note.text()).append('\n');
        }
      }
    } else if (block instanceof Chart) {
      Chart c = (Chart) block;
      b.append("*").append(c.caption()).append("*\n\n```\n").append(c.alternative()).append("\n```\n");
    }
  }

  private static void table(StringBuilder b, Table t) {
    if (!t.caption().isEmpty()) {
      b.append("**").append(t.caption()).append("**\n\n");
    }
    b.append('|');
    for (String h : t.header()) {
      b.append(' ').append(cell(h)).append(" |");
    }
    b.append("\n|");
    for (int c = 0; c < t.header().size(); c++) {
      b.append(t.numeric().contains(c) ? "---:|" : "---|");
    }
    b.append('\n');
    List<String> previous = null;
    for (Table.Row r : t.rows()) {
      b.append('|');
      boolean merging = r.kind() == Table.Kind.BODY && previous != null;
      for (int c = 0; c < r.cells().size(); c++) {
        String v = r.cells().get(c);
        if (merging && c < t.mergeColumns() && v.equals(previous.get(c))) {
          v = "";
        } else {
          merging = false;
        }
        if (r.kind() != Table.Kind.BODY && !v.isEmpty()) {
          v = "**" + cell(v) + "**";
        } else {
          v = cell(v);
        }
        b.append(' ').append(v).append(" |");
      }
      b.append('\n');
      previous = r.kind() == Table.Kind.BODY ? r.cells() : null;
    }
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", "<br>");
  }
}
