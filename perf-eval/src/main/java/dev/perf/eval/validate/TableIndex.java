package dev.perf.eval.validate;

import dev.perf.model.Category;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.SubCategory;
import dev.perf.model.target.Qualitative;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the rules ask of one indicator table, gathered in a single walk so that no rule walks or
 * searches the table again: its indicators in order, the first indicator of each name, how many are
 * qualitative, and whether the file gives any points (分值).
 */
final class TableIndex {
  private final List<TableEntry> entries;
  private final Map<String, Indicator> firstByName;
  private final List<Repeat> repeats;
  private final int qualitative;
  private final boolean declaresPoints;

  TableIndex(IndicatorTable table) {
    List<TableEntry> all = new ArrayList<>();
    int q = 0;
    boolean points = false;
    for (Category c : table.categories()) {
      points |= c.points().isPresent();
      for (SubCategory s : c.subCategories()) {
        points |= s.points().isPresent();
        for (Indicator i : s.indicators()) {
          all.add(new TableEntry(c, s, i));
          points |= i.points().isPresent();
          if (i.target() instanceof Qualitative) {
            q++;
          }
        }
      }
    }
    Map<String, Indicator> first = new HashMap<>(all.size() * 2);
    List<Repeat> again = List.of();
    for (TableEntry e : all) {
      Indicator earlier = first.putIfAbsent(e.indicator().name(), e.indicator());
      if (earlier != null) {
        again = again.isEmpty() ? new ArrayList<>() : again;
        again.add(new Repeat(earlier, e.indicator()));
      }
    }
    this.entries = List.copyOf(all);
    this.firstByName = first;
    this.repeats = again;
    this.qualitative = q;
    this.declaresPoints = points;
  }

  /** Every indicator with its categories, in table order. */
  List<TableEntry> entries() {
    return entries;
  }

  /** The first indicator named {@code name}, as {@link IndicatorTable#indicator(String)} finds it. */
  Optional<Indicator> indicator(String name) {
    return Optional.ofNullable(firstByName.get(name));
  }

  /** Every indicator whose name an earlier one of the table has, in table order. */
  List<Repeat> repeats() {
    return repeats;
  }

  /** How many indicators the table has. */
  int size() {
    return entries.size();
  }

  /** How many of them have a qualitative target. */
  int qualitative() {
    return qualitative;
  }

  /** True if a category, sub-category or indicator of the table gives points. */
  boolean declaresPoints() {
    return declaresPoints;
  }

  /** An indicator named like an earlier one of its table. */
  record Repeat(Indicator first, Indicator again) {}
}
