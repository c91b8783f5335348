package dev.perf.cli;

import dev.perf.cli.command.CheckCommand;
import dev.perf.cli.command.EvalCommand;
import dev.perf.cli.command.ExitCodes;
import dev.perf.cli.command.ExportCommand;
import dev.perf.cli.command.FmtCommand;
import dev.perf.cli.command.MonitorCommand;
import dev.perf.cli.command.ReportCommand;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code perf} command: the entry point of the executable jar and of the {@code ./perf} script.
 * Exit codes: 0 ok, 1 findings at or above {@code --fail-on}, 2 usage or I/O error.
 */
@Command(name = "perf",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"预算绩效目标表的检查、格式化、自评、监控、报告与导出。",
        "Check, format, evaluate, monitor, report on and export budget performance target tables (.perf)."},
    footerHeading = "%nExamples / 示例:%n",
    footer = {"  perf check examples/",
        "  perf fmt --check examples/",
        "  perf eval evaluation.perf --format md",
        "  perf report examples/ -o report.html",
        "",
        "Exit codes / 退出码: 0 ok 正常, 1 findings 发现问题, 2 usage or I/O error 用法或读写错误"})
public final class PerfCli implements Runnable {
  /**
   * The subcommands by name, in the order help lists them. They are added in code rather than in the
   * annotation so that a run builds the model of its own subcommand only: picocli reads every
   * command's annotations by reflection, and building all of them was a third of the start-up of
   * {@code perf check} on one small file.
   */
  private static final Map<String, Class<?>> VERBS = verbs();

  private static Map<String, Class<?>> verbs() {
    Map<String, Class<?>> verbs = new LinkedHashMap<>();
    verbs.put("check", CheckCommand.class);
    verbs.put("fmt", FmtCommand.class);
    verbs.put("eval", EvalCommand.class);
    verbs.put("monitor", MonitorCommand.class);
    verbs.put("report", ReportCommand.class);
    verbs.put("export", ExportCommand.class);
    verbs.put("help", CommandLine.HelpCommand.class);
    return Collections.unmodifiableMap(verbs);
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "missing command / 缺少子命令 (check, fmt, eval, monitor, report, export)");
  }

  /** Runs the command with the process's streams and exits with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
    PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    int code = run(args, out, err, System.in);
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command with the given streams; returns the exit code. Never throws. */
  public static int run(String[] args, PrintWriter out, PrintWriter err, InputStream in) {
    CommandLine cl = commandLine(out, err, in, args.length > 0 ? args[0] : "");
    int code = cl.execute(args);
    out.flush();
    err.flush();
    return code;
  }

  /** A configured command line writing to the given streams, with every subcommand. */
  public static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream in) {
    return commandLine(out, err, in, "");
  }

  /**
   * As {@link #commandLine(PrintWriter, PrintWriter, InputStream)}, with only subcommand {@code verb}
   * if it names one (the first argument of a run); with all of them otherwise (help, usage errors,
   * suggestions for a mistyped verb).
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err, InputStream in, String verb) {
    CommandFactory factory = new CommandFactory(in);
    CommandLine cl = new CommandLine(new PerfCli(), factory);
    // Subcommands first: the settings below apply to the commands present when they are made.
    Class<?> only = "help".equals(verb) ? null : VERBS.get(verb);
    for (Map.Entry<String, Class<?>> v : VERBS.entrySet()) {
      if (only == null || v.getValue() == only) {
        try {
          cl.addSubcommand(v.getKey(), new CommandLine(factory.create(v.getValue()), factory));
        } catch (Exception e) {
          throw new IllegalStateException("cannot create the " + v.getKey() + " command", e);
        }
      }
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setUsageHelpAutoWidth(true);
    cl.setExecutionExceptionHandler(new Failures());
    cl.setParameterExceptionHandler(new UsageErrors());
    return cl;
  }

  /** Prints a usage error briefly (the message and a pointer to --help) and returns 2. */
  static final class UsageErrors implements CommandLine.IParameterExceptionHandler {
    @Override
    public int handleParseException(CommandLine.ParameterException ex, String[] args) {
      CommandLine cmd = ex.getCommandLine();
      PrintWriter err = cmd.getErr();
      err.println("perf: " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.println("(" + cmd.getCommandSpec().qualifiedName() + " --help)");
      return ExitCodes.USAGE;
    }
  }

  /** Turns an exception escaping a command into a one-line message and exit code 2, never a stack trace. */
  static final class Failures implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
      PrintWriter err = cmd.getErr();
      if (ex instanceof CliException) {
        err.println("perf: " + ex.getMessage());
      } else {
        err.println("perf: internal error / 内部错误: " + ex);
        if (System.getenv("PERF_DEBUG") != null) {
          ex.printStackTrace(err);
        }
      }
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /** Creates commands with access to the standard input chosen by the caller. */
  static final class CommandFactory implements CommandLine.IFactory {
    private final InputStream in;
    private final CommandLine.IFactory fallback = CommandLine.defaultFactory();

    CommandFactory(InputStream in) {
      this.in = in;
    }

    @Override
    public <K> K create(Class<K> cls) throws Exception {
      K k = fallback.create(cls);
      if (k instanceof StdinAware) {
        ((StdinAware) k).stdin(in);
      }
      return k;
    }
  }
}
