package dev.perf.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a corpus to disk. {@code folder DIR COUNT [SEED]} writes one file per project;
 * {@code document FILE PROJECTS [SEED]} writes one large document.
 */
public final class CorpusMain {
  private CorpusMain() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: CorpusMain folder DIR COUNT [SEED] | document FILE PROJECTS [SEED]");
      System.exit(2);
    }
    Corpus corpus = new Corpus(args.length > 3 ? Long.parseLong(args[3]) : Corpus.DEFAULT_SEED);
    Path path = Path.of(args[1]);
    int count = Integer.parseInt(args[2]);
    long started = System.nanoTime();
    long bytes;
    if (args[0].equals("folder")) {
      bytes = corpus.writeFolder(path, count);
    } else {
      byte[] text = corpus.document(count).getBytes(StandardCharsets.UTF_8);
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.write(path, text);
      bytes = text.length;
    }
    System.err.printf("corpus: %d projects, %.1f MB in %s (%.1f s)%n", count, bytes / 1e6, path,
        (System.nanoTime() - started) / 1e9);
  }
}
