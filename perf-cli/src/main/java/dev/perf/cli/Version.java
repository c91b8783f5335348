package dev.perf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version of perf, read from the build's {@code version.properties}. */
public final class Version implements CommandLine.IVersionProvider {
  /** The version string, e.g. {@code 0.1.0-SNAPSHOT}; {@code unknown} outside a build. */
  public static String current() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {"perf " + current(), "Java " + System.getProperty("java.version")};
  }
}
