package org.example.budget;

import dev.perf.model.diagnostic.Severity;
import dev.perf.testkit.PerfFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The build fails when any table of the repository is broken, with every diagnostic in the message. */
class AllTablesValidTest {
  /** Every example table: no errors (the seed's cost ceiling above its budget is a known warning). */
  @Test
  void everyExampleTableHasNoErrors() {
    PerfFiles.assertAllValid(Path.of(".."));
  }

  /** Our own tables are held to a stricter standard: no warnings either. */
  @Test
  void ourTablesHaveNoWarnings() {
    PerfFiles.assertAllValid(Path.of("src/test/resources/tables"), Severity.WARNING);
  }

  /** The seed's table, strictly, with the one warning we have accepted switched off. */
  @Test
  void theSeedTableHasNoOtherWarnings() {
    PerfFiles.folder(Path.of("../laoting-2025.perf"))
        .failingAt(Severity.WARNING)
        .ignoring("PERF-W202")
        .assertAllValid();
  }
}
