package dev.perf.model;


/** One top-level item of a {@code .perf} file. */
public sealed interface DocumentItem permits Department, Project, SelfEvaluation, Monitoring {
  /** The code that identifies the item (a department, project, or the project an evaluation is of). */
  String code();
}
