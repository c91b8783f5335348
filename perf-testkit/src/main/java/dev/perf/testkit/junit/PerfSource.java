package dev.perf.testkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A source for {@code @ParameterizedTest} that yields one test case per project (or per
 * self-evaluation, or per monitoring record) of a folder of {@code .perf} files, named
 * {@code CODE NAME} so that a rule fails by the table's name in the IDE and the CI report:
 * <pre>{@code
 * @ParameterizedTest
 * @PerfSource("src/main/perf")
 * void everyProjectMeasuresSatisfaction(Project project) {
 *   assertThat(project).hasCategory("满意度指标");
 * }
 *
 * @ParameterizedTest
 * @PerfSource(value = "classpath:tables", each = PerfItem.SELF_EVALUATION)
 * void everyEvaluationIsGood(EvaluatedProject e) {
 *   assertThat(e.evaluate()).hasTotalAtLeast("80");
 * }
 * }</pre>
 * The path is relative to the working directory (the module folder under Maven), or
 * {@code classpath:NAME}. Files are read recursively in sorted order; a file with errors fails the
 * test (check folders with {@link dev.perf.testkit.PerfFiles#assertAllValid}).
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ArgumentsSource(PerfSourceProvider.class)
public @interface PerfSource {
  /** The folder or file: a path relative to the working directory, or {@code classpath:NAME}. */
  String value();

  /** What each test case is: a project (default), a self-evaluation or a monitoring record. */
  PerfItem each() default PerfItem.PROJECT;
}
