package dev.perf.cli.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.Writer;

/** The JSON generator settings every JSON output shares: pretty, two-space indent, UTF-8 text, exact decimals. */
public final class Json {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  private Json() {}

  /** A pretty-printing generator over {@code out} that leaves {@code out} open. */
  public static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    g.setPrettyPrinter(new CompactColonPrinter(pp));
    return g;
  }

  /** The default pretty printer with {@code "key": value} instead of {@code "key" : value}. */
  /**
   * Opens the versioned envelope every JSON output shares, {@code {"formatVersion": v, "tool":
   * {"name": "perf", "version": …}, "<list>": [}; the caller writes the entries and closes the array
   * and the object.
   */
  public static void startEnvelope(JsonGenerator g, int formatVersion, String list) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", formatVersion);
    g.writeObjectFieldStart("tool");
    g.writeStringField("name", "perf");
    g.writeStringField("version", dev.perf.cli.Version.current());
    g.writeEndObject();
    g.writeArrayFieldStart(list);
  }

  static final class CompactColonPrinter extends DefaultPrettyPrinter {
    private static final long serialVersionUID = 1L;

    CompactColonPrinter(DefaultPrettyPrinter base) {
      super(base);
      _objectFieldValueSeparatorWithSpaces = ": ";
    }

    @Override
    public DefaultPrettyPrinter createInstance() {
      return new CompactColonPrinter(this);
    }
  }
}
