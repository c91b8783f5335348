package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.cli.io.AtomicWriter;
import dev.perf.cli.io.FileWalker;
import dev.perf.cli.io.Input;
import dev.perf.cli.output.UnifiedDiff;
import dev.perf.model.diagnostic.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The small parts: the line diff, the atomic writer, the file walker. */
class UnitsTest {
  @Test
  void diffOfEqualTextsIsEmpty() {
    assertThat(UnifiedDiff.diff("a", "b", "x\ny\n", "x\ny\n")).isEmpty();
  }

  @Test
  void diffHasHunksWithContext() {
    String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n";
    String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n10\n11\n";
    assertThat(UnifiedDiff.diff("a", "b", before, after)).isEqualTo(
        "--- a\n+++ b\n@@ -2,9 +2,10 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n 9\n 10\n+11\n");
  }

  @Test
  void diffSplitsDistantChangesIntoHunks() {
    StringBuilder a = new StringBuilder();
    for (int i = 1; i <= 30; i++) {
      a.append(i).append('\n');
    }
    String b = a.toString().replace("\n3\n", "\nthree\n").replace("\n27\n", "\ntwenty-seven\n");
    String diff = UnifiedDiff.diff("a", "b", a.toString(), b);
    assertThat(diff.lines().filter(l -> l.startsWith("@@"))).containsExactly("@@ -1,6 +1,6 @@", "@@ -24,7 +24,7 @@");
  }

  @Test
  void diffFromEmpty() {
    assertThat(UnifiedDiff.diff("a", "b", "", "x\n")).isEqualTo("--- a\n+++ b\n@@ -0,0 +1 @@\n+x\n");
  }

  @Test
  void atomicWriterReplacesAndKeepsPermissions(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("t.perf");
    Files.writeString(f, "old");
    Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-rw-r--"));
    AtomicWriter.write(f, "新内容");
    assertThat(Files.readString(f)).isEqualTo("新内容");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(f))).isEqualTo("rw-rw-r--");
    AtomicWriter.write(dir.resolve("new.html"), "x");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("new.html")))).isEqualTo("rw-r--r--");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("t.perf", "new.html");
    }
  }

  @Test
  void walkerSortsAndKeepsStdinOnce(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve("b"));
    Files.writeString(dir.resolve("b/2.perf"), "");
    Files.writeString(dir.resolve("b/1.perf"), "");
    Files.writeString(dir.resolve("a.perf"), "");
    List<Input> inputs = new FileWalker(new Texts(Language.EN)).expand(List.of(dir.toString(), "-", "-"));
    assertThat(inputs.stream().map(i -> dir.relativize(i.path().orElse(dir.resolve("STDIN"))).toString()))
        .containsExactly("a.perf", "b/1.perf", "b/2.perf", "STDIN");
    assertThatThrownBy(() -> new FileWalker(new Texts(Language.ZH)).expand(List.of("nope.perf")))
        .isInstanceOf(CliException.class).hasMessageContaining("找不到文件或目录");
  }
}
