package dev.perf.cli.command;

import dev.perf.eval.policy.ScoringPolicy;
import picocli.CommandLine.Option;

/** The {@code --policy national|sichuan} option: which built-in scoring policy applies. */
public final class PolicyOption {
  /** The built-in policies. */
  public enum Name {
    /** 财预〔2020〕10号: 执行率 10 + 产出 50 + 效益 30 + 满意度 10. */
    NATIONAL,
    /** Sichuan: 执行率 10 + 绩效指标 90, on the adjusted budget. */
    SICHUAN
  }

  @Option(names = "--policy", paramLabel = "national|sichuan", defaultValue = "national",
      description = {"评分规则：national（财预〔2020〕10号，默认）或 sichuan（执行率 10 + 绩效指标 90） / "
          + "scoring policy: national (default) or sichuan"})
  Name name = Name.NATIONAL;

  /** The chosen policy. */
  public ScoringPolicy policy() {
    return name == Name.SICHUAN ? ScoringPolicy.sichuan() : ScoringPolicy.national();
  }
}
