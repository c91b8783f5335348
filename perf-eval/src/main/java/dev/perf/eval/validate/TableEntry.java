package dev.perf.eval.validate;

import dev.perf.model.Category;
import dev.perf.model.Indicator;
import dev.perf.model.SubCategory;

/** An indicator with the categories above it, for rules that need all three ({@link TableIndex#entries()}). */
record TableEntry(Category category, SubCategory sub, Indicator indicator) {}
