package dev.perf.cli.io;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns command-line operands into the files to process: a file stands for itself, a directory for
 * every {@code *.perf} file below it (sorted by path, so output is the same on every machine), and
 * {@code -} for standard input. Only paths are kept, never file contents.
 */
public final class FileWalker {
  /** The extension of table files. */
  public static final String EXTENSION = ".perf";

  private final Texts texts;

  public FileWalker(Texts texts) {
    this.texts = texts;
  }

  /**
   * Expands {@code operands} in order.
   *
   * @throws CliException if an operand does not exist or a directory cannot be read
   */
  public List<Input> expand(List<String> operands) {
    List<Input> out = new ArrayList<>();
    boolean stdinSeen = false;
    for (String operand : operands) {
      if (operand.equals("-")) {
        if (!stdinSeen) {
          out.add(Input.stdin());
          stdinSeen = true;
        }
        continue;
      }
      Path p = Path.of(operand);
      if (Files.isDirectory(p)) {
        out.addAll(walk(p));
      } else if (Files.isRegularFile(p)) {
        out.add(Input.of(p));
      } else {
        throw new CliException(texts.t("找不到文件或目录：" + operand, "no such file or directory: " + operand));
      }
    }
    return out;
  }

  private List<Input> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(f -> f.getFileName() != null && f.getFileName().toString().endsWith(EXTENSION))
          .filter(Files::isRegularFile)
          .map(Path::toString)
          .sorted()
          .map(name -> Input.of(Path.of(name)))
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(texts.t("无法读取目录 " + dir + "：" + e.getMessage(),
          "cannot read directory " + dir + ": " + e.getMessage()), e);
    }
  }
}
