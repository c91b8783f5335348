package dev.perf.testkit.junit;

import static dev.perf.testkit.PerfAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.perf.model.Project;
import dev.perf.testkit.fixture.Tables;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

class PerfSourceTest {
  private static final String SEED = "13022525P00NB79100162 网络强军建设及网络宣传经费";

  @ParameterizedTest
  @PerfSource("src/test/resources/tables")
  void yieldsProjects(Project project) {
    assertThat(project).hasCode(Tables.CODE);
  }

  @Test
  void casesAreNamedByCodeAndName() {
    List<String> outcomes = run(PerfSourceCases.Passing.class);
    assertThat(outcomes).containsExactlyInAnyOrder(
        "[1] " + SEED + ": SUCCESSFUL",
        "[1] " + SEED + ": SUCCESSFUL",
        "[1] " + SEED + " 截至 2025-07-31: SUCCESSFUL");
  }

  @Test
  void aFailingRuleFailsByTheTablesName() {
    List<String> outcomes = run(PerfSourceCases.Failing.class);
    assertThat(outcomes).singleElement().asString()
        .startsWith("[1] " + SEED + ": FAILED")
        .contains("to have the category \"成本指标\"");
  }

  @Test
  void aBrokenFileFailsTheTestWithItsErrors() {
    List<String> outcomes = run(PerfSourceCases.Broken.class);
    assertThat(outcomes).singleElement().asString()
        .contains("projects(Project): FAILED")
        .contains("2 .perf file(s) under src/test/resources/broken have errors")
        .contains("错误[PERF-E005]")
        .contains("错误[PERF-E102]");
  }

  @Test
  void nothingToYieldFails() {
    List<String> outcomes = run(PerfSourceCases.Empty.class);
    assertThat(outcomes).singleElement().asString()
        .contains("FAILED")
        .contains("found no monitoring in 1 file(s)");
  }

  @Test
  void folderPairsRecordsWithProjectsOfOtherFiles() {
    PerfFolder folder = PerfFolder.load("src/test/resources/tables");
    assertThat(folder.files()).hasSize(2);
    assertThat(folder.projects()).extracting(Project::code).containsExactly(Tables.CODE);
    assertThat(folder.selfEvaluations()).singleElement()
        .satisfies(e -> assertThat(e.project().code()).isEqualTo(Tables.CODE))
        .satisfies(e -> assertThat(e.file()).endsWith("2025.perf"));
    assertThat(folder.monitorings()).singleElement().hasToString(SEED + " 截至 2025-07-31");
  }

  @Test
  void recordWithoutItsProjectFails() {
    PerfFolder records = PerfFolder.load("src/test/resources/tables/laoting/records");
    assertThatThrownBy(records::selfEvaluations)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("自评 \"13022525P00NB79100162\" in ")
        .hasMessageContaining("is of a project that no file of the folder holds");
  }

  @Test
  void missingLocationsFail() {
    assertThatThrownBy(() -> PerfFolder.load("classpath:nowhere"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no resource \"nowhere\" on the class path");
    assertThatThrownBy(() -> PerfFolder.load("src/test/java"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no .perf files under src/test/java");
  }

  /** Runs {@code type} and returns "display name: outcome[: message]" for each invocation. */
  private static List<String> run(Class<?> type) {
    List<String> out = new ArrayList<>();
    TestExecutionListener listener = new TestExecutionListener() {
      @Override
      public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        boolean invocation = id.getUniqueId().contains("test-template-invocation");
        boolean failedTemplate = id.getUniqueId().contains("test-template:") && !invocation
            && result.getStatus() != TestExecutionResult.Status.SUCCESSFUL;
        if (invocation || failedTemplate) {
          out.add(id.getDisplayName() + ": " + result.getStatus()
              + result.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
        }
      }
    };
    LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request().selectors(selectClass(type)).build(),
        listener);
    return out;
  }
}
