package dev.perf.testkit.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The {@code .perf} files under a folder, recursively, in a stable order (sorted by path). Hidden
 * folders and the build-output folder {@code target} are skipped, so that copies Maven puts there
 * are not checked twice; more can be excluded with globs matched against the path relative to the
 * folder ({@code "drafts/**"}). A path to a single file yields that file.
 */
public final class PerfFileTree {
  private final Path root;
  private final List<PathMatcher> excludes;
  private final List<String> excludeGlobs;

  private PerfFileTree(Path root, List<String> excludeGlobs) {
    this.root = Objects.requireNonNull(root, "root");
    this.excludeGlobs = List.copyOf(excludeGlobs);
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : excludeGlobs) {
      matchers.add(root.getFileSystem().getPathMatcher("glob:" + glob));
    }
    this.excludes = List.copyOf(matchers);
  }

  /** The files under {@code root}. */
  public static PerfFileTree of(Path root) {
    return new PerfFileTree(root, List.of());
  }

  /** This tree without the paths matching {@code glob} (relative to the root, {@code /} as separator). */
  public PerfFileTree excluding(String glob) {
    Objects.requireNonNull(glob, "glob");
    FileSystems.getDefault().getPathMatcher("glob:" + glob);
    List<String> globs = new ArrayList<>(excludeGlobs);
    globs.add(glob);
    return new PerfFileTree(root, globs);
  }

  /** The root folder (or file). */
  public Path root() {
    return root;
  }

  /**
   * Every {@code .perf} file, sorted.
   *
   * @throws UncheckedIOException if the root does not exist or cannot be read
   */
  public List<Path> files() {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    if (!Files.isDirectory(root)) {
      throw new UncheckedIOException(new java.nio.file.NoSuchFileException(root.toAbsolutePath().normalize().toString(),
          null, "no such folder or file"));
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".perf"))
          .filter(p -> !skipped(root.relativize(p)))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + root, e);
    }
  }

  private boolean skipped(Path relative) {
    for (int i = 0; i < relative.getNameCount() - 1; i++) {
      String dir = relative.getName(i).toString();
      if (dir.startsWith(".") || dir.equals("target")) {
        return true;
      }
    }
    return excludes.stream().anyMatch(m -> m.matches(relative));
  }
}
