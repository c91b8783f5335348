package dev.perf.testkit.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Where a {@link PerfSource} reads from: a path relative to the working directory (the module
 * folder under Maven), or {@code classpath:NAME} for a folder or file among the test resources,
 * also inside a jar.
 */
final class PerfLocation {
  static final String CLASSPATH = "classpath:";

  private PerfLocation() {}

  /** Applies {@code reader} to the path {@code location} names, keeping a jar open while it reads. */
  static <T> T read(String location, ClassLoader loader, Function<Path, T> reader) {
    Objects.requireNonNull(location, "location");
    if (!location.startsWith(CLASSPATH)) {
      return reader.apply(Path.of(location));
    }
    String name = location.substring(CLASSPATH.length()).replaceFirst("^/+", "");
    URL url = loader.getResource(name);
    if (url == null) {
      throw new IllegalArgumentException("no resource \"" + name + "\" on the class path (from @PerfSource(\""
          + location + "\"))");
    }
    try {
      URI uri = url.toURI();
      if (!"jar".equals(uri.getScheme())) {
        return reader.apply(Path.of(uri));
      }
      try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
        return reader.apply(jar.provider().getPath(uri));
      } catch (FileSystemAlreadyExistsException e) {
        return reader.apply(Path.of(uri));
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("cannot read the resource " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open " + url, e);
    }
  }
}
