package dev.perf.dsl;

import static org.assertj.core.api.Assertions.assertThat;

import dev.perf.dsl.print.PerfPrinter;
import dev.perf.dsl.print.PrintOptions;
import dev.perf.model.Document;
import dev.perf.model.target.Target;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** {@code parse(print(m))} equals {@code m} for generated models, and printing is idempotent. */
class RoundTripProperties {

  @Provide
  Arbitrary<Document> documents() {
    return ModelArbitraries.documents();
  }

  @Provide
  Arbitrary<Target> targets() {
    return ModelArbitraries.targets();
  }

  @Property(tries = 400)
  void parseOfPrintIsIdentity(@ForAll("documents") Document document) {
    String printed = PerfPrinter.print(document);
    ParseResult back = PerfParser.parse(printed, "printed.perf");
    assertThat(back.hasErrors()).as("errors in:\n%s\n%s", printed, back.diagnostics()).isFalse();
    assertThat(back.document()).as("printed:\n%s", printed).isEqualTo(document);
    ModelArbitraries.targetsOf(document).forEach(t -> Statistics.label("target").collect(ModelArbitraries.kind(t)));
  }

  @Property(tries = 200)
  void printingIsIdempotent(@ForAll("documents") Document document) {
    String printed = PerfPrinter.print(document);
    String again = PerfPrinter.print(PerfParser.parse(printed, "printed.perf").document());
    assertThat(again).isEqualTo(printed);
  }

  @Property(tries = 200)
  void englishAliasesRoundTrip(@ForAll("documents") Document document) {
    String printed = PerfPrinter.print(document, PrintOptions.english());
    ParseResult back = PerfParser.parse(printed, "printed.perf");
    assertThat(back.hasErrors()).as("errors in:\n%s\n%s", printed, back.diagnostics()).isFalse();
    assertThat(back.document()).isEqualTo(document);
  }

  @Property(tries = 500)
  void everyTargetFormRoundTripsAlone(@ForAll("targets") Target target) {
    String doc = "项目 \"P\" \"名\" { 指标 { 产出指标 { 数量指标 { 甲：" + PerfPrinter.target(target) + " } } } }";
    ParseResult back = PerfParser.parse(doc, "t");
    assertThat(back.hasErrors()).as("%s -> %s", doc, back.diagnostics()).isFalse();
    assertThat(back.document().projects().get(0).indicators().orElseThrow().indicators().findFirst().orElseThrow().target())
        .isEqualTo(target);
    Statistics.label("form").collect(ModelArbitraries.kind(target));
    Statistics.label("form").coverage(c -> {
      for (String kind : new String[] {"Comparison", "Exact", "Range", "Deadline", "Qualitative"}) {
        c.check(kind).count(n -> n > 20);
      }
    });
  }
}
