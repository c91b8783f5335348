package dev.perf.testkit.junit;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import java.util.Objects;

/**
 * A self-evaluation (自评) paired with the project it evaluates.
 *
 * @param project the project target table
 * @param evaluation the self-evaluation record
 * @param file the file the record was read from
 */
public record EvaluatedProject(Project project, SelfEvaluation evaluation, String file) {
  /** Rejects nulls and a record of another project. */
  public EvaluatedProject {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(evaluation, "evaluation");
    Objects.requireNonNull(file, "file");
    if (!project.code().equals(evaluation.projectCode())) {
      throw new IllegalArgumentException("the self-evaluation of " + evaluation.projectCode()
          + " is not of the project " + project.code());
    }
  }

  /** The report under the national scoring policy. */
  public EvaluationReport evaluate() {
    return evaluate(ScoringPolicy.national());
  }

  /** The report under {@code policy}. */
  public EvaluationReport evaluate(ScoringPolicy policy) {
    return Evaluator.evaluate(project, evaluation, policy);
  }

  /** {@code CODE NAME}, as the test case is named. */
  @Override
  public String toString() {
    return project.code() + " " + project.name();
  }
}
