package dev.perf.eval.validate;

import dev.perf.model.Monitoring;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.evaluation.ActualRow;
import dev.perf.model.monitoring.MonitoringRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one self-evaluation or monitoring record by indicator name, gathered in one pass: the
 * first row of each name (the one that counts) and the rows that name an indicator again.
 */
final class RecordIndex {
  private final Map<String, Object> firstByName;
  private List<Repeat> repeats = List.of();
  private boolean claimsPoints;

  private RecordIndex(int rows) {
    firstByName = new HashMap<>(rows * 2);
  }

  /** The rows of a self-evaluation. */
  static RecordIndex of(SelfEvaluation record) {
    RecordIndex index = new RecordIndex(record.rows().size());
    for (ActualRow r : record.rows()) {
      index.add(r.indicator(), r);
      index.claimsPoints |= r.points().isPresent();
    }
    return index;
  }

  /** The rows of a monitoring record. */
  static RecordIndex of(Monitoring record) {
    RecordIndex index = new RecordIndex(record.rows().size());
    for (MonitoringRow r : record.rows()) {
      index.add(r.indicator(), r);
    }
    return index;
  }

  private void add(String name, Object row) {
    Object earlier = firstByName.putIfAbsent(name, row);
    if (earlier != null) {
      repeats = repeats.isEmpty() ? new ArrayList<>() : repeats;
      repeats.add(new Repeat(name, earlier, row));
    }
  }

  /** True if a row reports {@code indicator}. */
  boolean reports(String indicator) {
    return firstByName.containsKey(indicator);
  }

  /** The first row reporting {@code indicator}, as {@link SelfEvaluation#row(String)} finds it; null if none. */
  Object first(String indicator) {
    return firstByName.get(indicator);
  }

  /** True if a row of the record states points (分值) of its own. */
  boolean claimsPoints() {
    return claimsPoints;
  }

  /** Every row naming an indicator an earlier row of the record named, in record order. */
  List<Repeat> repeats() {
    return repeats;
  }

  /** A row reporting the indicator {@code name} again. */
  record Repeat(String name, Object first, Object again) {}
}
