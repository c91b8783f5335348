package dev.perf.cli.io;

import dev.perf.cli.CliException;
import dev.perf.model.Project;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The projects of every file of a run, by code, for records kept in another file than their
 * project. Built only when first asked (a run without such records parses each file once). It keeps
 * only which file defines each code, and the projects of the few files read last: a folder of
 * 100 000 projects must not hold every project in memory (a run may have {@code -Xmx512m}).
 */
public final class ProjectIndex {
  /** Files whose projects are kept at once: records tend to name the projects of a few files in turn. */
  private static final int RECENT_FILES = 16;

  private final List<Input> inputs;
  private final SourceReader reader;
  private Map<String, Input> definedIn;
  private final Map<Input, Map<String, Project>> recent = new LinkedHashMap<>(RECENT_FILES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<Input, Map<String, Project>> eldest) {
      return size() > RECENT_FILES;
    }
  };

  public ProjectIndex(List<Input> inputs, SourceReader reader) {
    this.inputs = List.copyOf(inputs);
    this.reader = reader;
  }

  /** The first project with {@code code} in any file of the run. Safe to call from several threads. */
  public synchronized Optional<Project> project(String code) {
    if (definedIn == null) {
      definedIn = new HashMap<>();
      for (Input input : inputs) {
        for (String defined : projectsOf(input).keySet()) {
          definedIn.putIfAbsent(defined, input);
        }
      }
    }
    Input input = definedIn.get(code);
    return input == null ? Optional.empty() : Optional.ofNullable(projectsOf(input).get(code));
  }

  /** The projects of {@code input} by code (the first of each code), read again unless read lately. */
  private Map<String, Project> projectsOf(Input input) {
    Map<String, Project> projects = recent.get(input);
    if (projects == null) {
      projects = new HashMap<>();
      try {
        for (Project p : reader.parse(input).document().projects()) {
          projects.putIfAbsent(p.code(), p);
        }
      } catch (CliException e) {
        // reported when the file itself is processed
      }
      recent.put(input, projects);
    }
    return projects;
  }
}
