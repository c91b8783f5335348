package dev.perf.cli.io;

import dev.perf.cli.CliException;
import dev.perf.cli.Texts;
import dev.perf.dsl.ParseResult;
import dev.perf.dsl.PerfParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Reads and parses one {@link Input}; standard input is read once, as UTF-8, and kept for a second parse. */
public final class SourceReader {
  private final Texts texts;
  private final InputStream stdin;
  private String stdinText;

  public SourceReader(Texts texts, InputStream stdin) {
    this.texts = texts;
    this.stdin = stdin;
  }

  /**
   * Parses {@code input}; problems in its text are diagnostics in the result.
   *
   * @throws CliException if the file cannot be read at all
   */
  public ParseResult parse(Input input) {
    try {
      if (input.isStdin()) {
        return PerfParser.parse(readStdin(), Input.STDIN_NAME);
      }
      return PerfParser.parse(input.path().orElseThrow());
    } catch (IOException e) {
      throw new CliException(texts.t("无法读取 " + input.name() + "：" + describe(e),
          "cannot read " + input.name() + ": " + describe(e)), e);
    }
  }

  private synchronized String readStdin() throws IOException {
    if (stdinText == null) {
      stdinText = decodeStdin();
    }
    return stdinText;
  }

  private String decodeStdin() throws IOException {
    byte[] bytes = stdin.readAllBytes();
    try {
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new IOException(texts.t("标准输入不是 UTF-8 编码", "standard input is not UTF-8"), e);
    }
  }

  /** A short description of an I/O failure, without the exception class. */
  public static String describe(IOException e) {
    String kind = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    return e.getMessage() != null ? e.getMessage() : kind;
  }
}
