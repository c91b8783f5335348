package dev.perf.eval.validate;

import dev.perf.model.Category;
import dev.perf.model.Indicator;
import dev.perf.model.IndicatorTable;
import dev.perf.model.SubCategory;
import java.util.ArrayList;
import java.util.List;

/** An indicator with the categories above it, for rules that need all three. */
record TableEntry(Category category, SubCategory sub, Indicator indicator) {
  static List<TableEntry> of(IndicatorTable table) {
    List<TableEntry> out = new ArrayList<>();
    for (Category c : table.categories()) {
      for (SubCategory s : c.subCategories()) {
        for (Indicator i : s.indicators()) {
          out.add(new TableEntry(c, s, i));
        }
      }
    }
    return out;
  }
}
