package dev.perf.cli.io;

import dev.perf.cli.CliException;
import dev.perf.dsl.ParseResult;
import dev.perf.model.Project;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projects of every file of a run, by code, for records kept in another file than their
 * project. Built only when first asked (a run without such records parses each file once), and it
 * keeps only the {@link Project} records, not the files.
 */
public final class ProjectIndex {
  private final List<Input> inputs;
  private final SourceReader reader;
  private Map<String, Project> projects;

  public ProjectIndex(List<Input> inputs, SourceReader reader) {
    this.inputs = List.copyOf(inputs);
    this.reader = reader;
  }

  /** The first project with {@code code} in any file of the run. Safe to call from several threads. */
  public synchronized Optional<Project> project(String code) {
    if (projects == null) {
      projects = new HashMap<>();
      for (Input input : inputs) {
        try {
          ParseResult parsed = reader.parse(input);
          for (Project p : parsed.document().projects()) {
            projects.putIfAbsent(p.code(), p);
          }
        } catch (CliException e) {
          // reported when the file itself is processed
        }
      }
    }
    return Optional.ofNullable(projects.get(code));
  }
}
