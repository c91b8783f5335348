package org.example.embedding;

import dev.perf.eval.policy.ScoringPolicy;
import dev.perf.eval.score.EvaluationReport;
import dev.perf.eval.score.Evaluator;
import dev.perf.model.Budget;
import dev.perf.model.Category;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.SubCategory;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.evaluation.Grade;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.quantity.Quantity;
import dev.perf.model.quantity.Unit;
import dev.perf.model.target.Comparator;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Qualitative;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An application that builds its tables in code (from its own database, say) and scores them with
 * perf-eval alone: nothing here touches the parser, so ANTLR is never loaded.
 */
public final class BuildInCode {
  private BuildInCode() {}

  /** A two-indicator training project, evaluated under 财预〔2020〕10号. */
  public static EvaluationReport evaluate() {
    Indicator trainees = Indicator.of("培训人次", new Comparison(Comparator.AT_LEAST, Quantity.of("300", Unit.of("人次"))));
    Indicator benefit = Indicator.of("培训效果", new Qualitative("明显提升"));
    Indicator satisfaction = Indicator.of("学员满意度", new Comparison(Comparator.AT_LEAST, Quantity.of("95", Unit.PERCENT)));
    IndicatorTable table = new IndicatorTable(Optional.empty(), Optional.empty(), List.of(
        new Category("产出指标", Optional.empty(), List.of(new SubCategory("数量指标", Optional.empty(), List.of(trainees)))),
        new Category("效益指标", Optional.empty(), List.of(new SubCategory("社会效益指标", Optional.empty(), List.of(benefit)))),
        new Category("满意度指标", Optional.empty(),
            List.of(new SubCategory("服务对象满意度指标", Optional.empty(), List.of(satisfaction))))));
    Project project = new Project("PX-1", "干部培训经费", Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(Budget.of(new BigDecimal("50.00"))), Optional.empty(), Optional.empty(), List.of(), Optional.of(table));
    SelfEvaluation record = new SelfEvaluation("PX-1", Optional.empty(), Optional.of(new BigDecimal("50.00")),
        Optional.empty(), Optional.of(new BigDecimal("45.00")), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), List.of(
            ActualRow.of("培训人次", new Measured(Quantity.of("320", Unit.of("人次")))),
            ActualRow.of("培训效果", Graded.of(Grade.ACHIEVED)),
            ActualRow.of("学员满意度", new Measured(Quantity.of("96", Unit.PERCENT)))));
    return Evaluator.evaluate(project, record, ScoringPolicy.national());
  }

  public static void main(String[] args) {
    EvaluationReport r = evaluate();
    System.out.println(r.projectName() + " " + r.total() + " " + r.grade().chinese());
  }
}
