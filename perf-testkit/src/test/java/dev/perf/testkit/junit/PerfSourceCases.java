package dev.perf.testkit.junit;

import static dev.perf.testkit.PerfAssertions.assertThat;

import dev.perf.model.Project;
import org.junit.jupiter.params.ParameterizedTest;

/**
 * Parameterised tests that {@link PerfSourceTest} runs through the JUnit launcher to see their
 * display names and outcomes. Not picked up by Surefire on its own (the name ends in Cases).
 */
class PerfSourceCases {
  /** Passing cases, one per item, from a folder, the class path and a single file. */
  static class Passing {
    @ParameterizedTest
    @PerfSource("src/test/resources/tables")
    void projects(Project project) {
      assertThat(project).hasCategory("满意度指标");
    }

    @ParameterizedTest
    @PerfSource(value = "classpath:tables", each = PerfItem.SELF_EVALUATION)
    void evaluations(EvaluatedProject e) {
      assertThat(e.evaluate()).hasTotalAtLeast("90");
    }

    @ParameterizedTest
    @PerfSource(value = "classpath:/tables/", each = PerfItem.MONITORING)
    void monitorings(MonitoredProject m) {
      assertThat(m.check()).isNotRed();
    }
  }

  /** A rule that fails for the one project, by name. */
  static class Failing {
    @ParameterizedTest
    @PerfSource("src/test/resources/tables/laoting/projects.perf")
    void everyProjectHasACostCategory(Project project) {
      assertThat(project).hasCategory("成本指标");
    }
  }

  /** A folder with broken files. */
  static class Broken {
    @ParameterizedTest
    @PerfSource("src/test/resources/broken")
    void projects(Project project) {
      assertThat(project).hasCode(project.code());
    }
  }

  /** A folder with projects but no monitoring record. */
  static class Empty {
    @ParameterizedTest
    @PerfSource(value = "src/test/resources/tables/laoting/projects.perf", each = PerfItem.MONITORING)
    void monitorings(MonitoredProject m) {
      assertThat(m.check()).isNotRed();
    }
  }
}
