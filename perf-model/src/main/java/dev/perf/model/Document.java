package dev.perf.model;

import java.util.List;
import java.util.Optional;

/** The content of one {@code .perf} file: departments, projects, evaluations and monitoring records in order. */
public record Document(List<DocumentItem> items) {
  public Document {
    items = Require.copy(items, "items");
  }

  public static Document of(DocumentItem... items) {
    return new Document(List.of(items));
  }

  public List<Department> departments() {
    return itemsOf(Department.class);
  }

  public List<Project> projects() {
    return itemsOf(Project.class);
  }

  public List<SelfEvaluation> selfEvaluations() {
    return itemsOf(SelfEvaluation.class);
  }

  public List<Monitoring> monitorings() {
    return itemsOf(Monitoring.class);
  }

  /** The first project with {@code code}. */
  public Optional<Project> project(String code) {
    return projects().stream().filter(p -> p.code().equals(code)).findFirst();
  }

  private <T extends DocumentItem> List<T> itemsOf(Class<T> type) {
    return items.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
