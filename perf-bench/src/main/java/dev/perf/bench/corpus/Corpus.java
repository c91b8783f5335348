package dev.perf.bench.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A deterministic, seeded corpus of Chinese performance target tables: one file per project
 * ({@link #projectFile}) or single large documents ({@link #document}, {@link #documentOfBytes}).
 * Every project carries its target table, a self-evaluation and a monitoring record, so the same
 * corpus feeds parsing, validation, evaluation and printing.
 */
public final class Corpus {
  /** The seed of every published figure. */
  public static final long DEFAULT_SEED = 2025L;

  private final long seed;

  public Corpus(long seed) {
    this.seed = seed;
  }

  /** The corpus of {@link #DEFAULT_SEED}. */
  public static Corpus standard() {
    return new Corpus(DEFAULT_SEED);
  }

  /** The text of project {@code index} as a file of its own (table, 自评 and 监控). */
  public String projectFile(int index) {
    StringBuilder out = new StringBuilder(4096);
    ProjectWriter.write(seed, index, out);
    return out.toString();
  }

  /** The first {@code count} projects, one text per file. */
  public List<String> projectFiles(int count) {
    List<String> files = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      files.add(projectFile(i));
    }
    return files;
  }

  /** One document: a department's overall targets followed by {@code projects} projects. */
  public String document(int projects) {
    StringBuilder out = new StringBuilder(projects * 4096 + 2048);
    department(out);
    for (int i = 0; i < projects; i++) {
      ProjectWriter.write(seed, i, out);
    }
    return out.toString();
  }

  /** One document of whole projects, just reaching {@code bytes} bytes of UTF-8. */
  public String documentOfBytes(int bytes) {
    StringBuilder out = new StringBuilder(bytes / 2);
    department(out);
    int size = utf8Length(out);
    for (int i = 0; size < bytes; i++) {
      int from = out.length();
      ProjectWriter.write(seed, i, out);
      size += utf8Length(out.subSequence(from, out.length()));
    }
    return out.toString();
  }

  /**
   * Writes projects {@code 0 … count-1} as {@code dir/NNN/pNNNNNN.perf}, a thousand to a folder, and
   * returns the bytes written. Files already there with the right size are kept (same seed, same text).
   */
  public long writeFolder(Path dir, int count) throws IOException {
    long total = 0;
    for (int i = 0; i < count; i++) {
      Path file = dir.resolve(String.format("%03d/p%06d.perf", i / 1000, i));
      byte[] bytes = projectFile(i).getBytes(StandardCharsets.UTF_8);
      if (!Files.exists(file) || Files.size(file) != bytes.length) {
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
      }
      total += bytes.length;
    }
    return total;
  }

  private static void department(StringBuilder out) {
    out.append("# 乐亭县 2025 年部门预算绩效目标（生成的基准语料）\n");
    out.append("部门 \"224001\" \"中共乐亭县委网络安全和信息化委员会办公室本级\" {\n");
    out.append("  年度 2025\n  金额单位 万元\n");
    out.append("  总体目标 \"\"\"\n    深入学习宣传习近平总书记重要讲话以及重大会议精神以及各项政策，营造积极向上的网络空间。\n    \"\"\"\n");
    out.append("  分项目标 {\n    \"组织各级网评员学习培训，提高受训人员的新媒体制作、应急处置、舆论引导水平。\"\n  }\n");
    out.append("  保障措施 { \"完善制度建设\" \"加强支出管理\" \"加强绩效运行监控\" }\n}\n\n");
  }

  private static int utf8Length(CharSequence s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      n += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
    }
    return n;
  }
}
