package dev.perf.cli.command;

import dev.perf.cli.StdinAware;
import dev.perf.cli.Texts;
import dev.perf.cli.io.FileWalker;
import dev.perf.cli.io.Input;
import dev.perf.cli.io.SourceReader;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;

/** What every verb shares: {@code --lang}, the output streams, standard input, and expanding operands. */
abstract class BaseCommand implements Callable<Integer>, StdinAware {
  @CommandLine.Mixin
  LanguageOption lang = new LanguageOption();

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  private InputStream stdin = System.in;

  @Override
  public void stdin(InputStream in) {
    this.stdin = in;
  }

  /** Standard output. */
  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  /** Standard error. */
  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** Messages in the chosen language. */
  Texts texts() {
    return lang.texts();
  }

  /** The files the operands name (directories walked, sorted). */
  List<Input> inputs(List<String> operands) {
    return new FileWalker(texts()).expand(operands);
  }

  /** A reader for inputs, with this command's standard input. */
  SourceReader reader() {
    return new SourceReader(texts(), stdin);
  }
}
