package dev.perf.eval.validate;

import dev.perf.model.Project;
import java.util.Collection;
import java.util.Optional;

/**
 * Finds projects outside the document being validated, so that a self-evaluation or monitoring
 * record may sit in another file than its target table (a folder of tables validated file by file).
 */
@FunctionalInterface
public interface ProjectLookup {
  /** The project with {@code code}, if one is known. */
  Optional<Project> project(String code);

  /** No projects beyond the document. */
  static ProjectLookup none() {
    return code -> Optional.empty();
  }

  /** The first of {@code projects} with the code. */
  static ProjectLookup of(Collection<Project> projects) {
    return code -> projects.stream().filter(p -> p.code().equals(code)).findFirst();
  }
}
