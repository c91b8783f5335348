package dev.perf.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.perf.model.diagnostic.Language;
import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.check.CheckedFile;
import dev.perf.testkit.fixture.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PerfFilesTest {
  @Test
  void validFolderPasses() {
    assertThatCode(() -> PerfFiles.assertAllValid(Tables.FOLDER)).doesNotThrowAnyException();
  }

  @Test
  void recordsMayBeOfProjectsInOtherFiles() {
    List<CheckedFile> files = PerfFiles.folder(Tables.FOLDER).run();
    assertThat(files).extracting(CheckedFile::fileName).containsExactly(
        Path.of("src/test/resources/tables/laoting/projects.perf").toString(),
        Path.of("src/test/resources/tables/laoting/records/2025.perf").toString());
    assertThat(files.get(1).diagnostics()).isEmpty();
    assertThat(files.get(0).diagnostics()).extracting(d -> d.ruleId()).containsExactly("PERF-W202");
  }

  @Test
  void brokenFolderFailsWithTheDiagnosticsOfEveryFile() {
    assertThatThrownBy(() -> PerfFiles.assertAllValid(Tables.BROKEN))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("2 of 3 .perf file(s) under src/test/resources/broken have 2 diagnostic(s) at or above error (错误):")
        .hasMessageContaining("== " + Path.of("src/test/resources/broken/a-missing-colon.perf") + " (1)")
        .hasMessageContaining("错误[PERF-E005]: “培训合格率”后缺少冒号")
        .hasMessageContaining("4 |       质量指标 { 培训合格率 ≥98% }")
        .hasMessageContaining("== " + Path.of("src/test/resources/broken/sub/b-money-unit.perf") + " (1)")
        .hasMessageContaining("错误[PERF-E102]: “美元”不是金额单位")
        .hasMessageNotContaining("c-valid.perf");
  }

  @Test
  void warningsFailOnlyWhenAsked() {
    assertThatCode(() -> PerfFiles.assertAllValid(Tables.FOLDER, Severity.ERROR)).doesNotThrowAnyException();
    assertThatThrownBy(() -> PerfFiles.assertAllValid(Tables.FOLDER, Severity.WARNING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 2 .perf file(s)")
        .hasMessageContaining("警告[PERF-W202]");
    assertThatCode(() -> PerfFiles.assertAllValid(Tables.FOLDER, Severity.INFO, "PERF-W202"))
        .doesNotThrowAnyException();
    assertThatCode(() -> PerfFiles.assertAllValid(Tables.FOLDER, Severity.INFO, Set.of("PERF-W202")))
        .doesNotThrowAnyException();
  }

  @Test
  void folderCheckOptions() {
    assertThatCode(() -> PerfFiles.folder(Tables.BROKEN).excluding("a-*.perf").excluding("sub/b-*.perf")
        .failingAt(Severity.ERROR).assertAllValid()).doesNotThrowAnyException();
    assertThatThrownBy(() -> PerfFiles.folder(Tables.BROKEN).excluding("sub/**").renderedIn(Language.EN)
        .assertAllValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 1 .perf file(s)")
        .hasMessageContaining("error[PERF-E005]")
        .hasMessageContaining("= hint:");
    assertThatThrownBy(() -> PerfFiles.folder(Tables.BROKEN).excluding("a-*.perf").failingAt(Severity.WARNING)
        .ignoring("PERF-W204").assertAllValid())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(", ignoring PERF-W204:")
        .hasMessageContaining("PERF-E102")
        .hasMessageNotContaining("警告[PERF-W204]");
  }

  @Test
  void emptyOrMissingFolderFails(@TempDir Path empty) {
    assertThatThrownBy(() -> PerfFiles.assertAllValid(empty))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("no .perf files under")
        .hasMessageContaining("nothing was checked");
    assertThatThrownBy(() -> PerfFiles.assertAllValid(empty.resolve("nowhere")))
        .hasMessageContaining("no such folder or file");
  }

  @Test
  void hiddenFoldersAndTargetAreSkipped(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("target/classes"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("target/classes/copy.perf"), "项目 {");
    Files.writeString(dir.resolve(".git/x.perf"), "项目 {");
    Files.writeString(dir.resolve("b.perf"), "项目 \"B\" \"乙\" { 预算 1 }");
    Files.writeString(dir.resolve("a.perf"), "项目 \"A\" \"甲\" { 预算 1 }");
    Files.writeString(dir.resolve("notes.txt"), "项目 {");
    assertThat(PerfFiles.list(dir)).containsExactly(dir.resolve("a.perf"), dir.resolve("b.perf"));
    assertThatCode(() -> PerfFiles.assertAllValid(dir)).doesNotThrowAnyException();
  }

  @Test
  void singleFile() {
    Path file = Tables.BROKEN.resolve("a-missing-colon.perf");
    assertThat(PerfFiles.list(file)).containsExactly(file);
    assertThat(PerfFiles.parse(file).hasErrors()).isTrue();
    assertThatThrownBy(() -> PerfFiles.assertAllValid(file)).hasMessageContaining("1 of 1 .perf file(s)");
  }
}
