package org.example.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.eval.score.EvaluationReport;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class EmbeddingTest {
  @Test
  void evaluatesTheSeedFiles() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int broken = EvaluateFiles.run(List.of(Path.of("..", "laoting-2025.perf"), Path.of("..", "laoting-2025-evaluation.perf")),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(broken).isZero();
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("""
        PERF-W202 成本指标「控制在预算内」的上限 ≤22 万元 超过项目预算数 20.00 万元
        13022525P00NB79100162 网络强军建设及网络宣传经费 94.50 优
        13022525P00NB7910015E 网络舆情搜集发现及网络安全保障服务 98.85 优
        """);
  }

  /** Execution 45/50 = 90% → 9; 产出 50, 效益 达成 30, 满意度 96% ≥ 95% 10: total 99, 优. */
  @Test
  void scoresAModelBuiltInCode() {
    EvaluationReport r = BuildInCode.evaluate();
    assertThat(r.total()).isEqualByComparingTo("99.00");
    assertThat(r.grade().chinese()).isEqualTo("优");
  }
}
