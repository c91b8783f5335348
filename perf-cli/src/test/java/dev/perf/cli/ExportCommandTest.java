package dev.perf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code perf export}: JSON valid against the published schema, CSV for Excel. */
class ExportCommandTest {
  private static final String ALL_FORMS = "src/test/resources/fixtures/all-forms.perf";
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws Exception {
    try (InputStream in = Files.newInputStream(Cli.ROOT.resolve("docs/perf-export.schema.json"))) {
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  private static JsonNode valid(String json) throws Exception {
    JsonNode node = new ObjectMapper().readTree(json);
    Set<ValidationMessage> errors = schema.validate(node);
    assertThat(errors).as("schema violations").isEmpty();
    return node;
  }

  @Test
  void examplesExportValidJson() throws Exception {
    Cli.Result r = Cli.run("export", "--format", "json", Cli.LAOTING, Cli.LAOTING_EVAL);
    assertThat(r.exit()).isZero();
    JsonNode root = valid(r.out());
    JsonNode items = root.get("files").get(0).get("items");
    assertThat(items.get(0).get("kind").asText()).isEqualTo("department");
    JsonNode project = items.get(1);
    assertThat(project.get("budget").get("total").decimalValue()).isEqualByComparingTo("20.00");
    assertThat(r.out()).contains("\"total\": 20.00,");
    JsonNode first = project.get("indicators").get("categories").get(0).get("subCategories").get(0).get("indicators").get(0);
    assertThat(first.get("target").get("form").asText()).isEqualTo("comparison");
    assertThat(first.get("target").get("operator").asText()).isEqualTo("≥");
    assertThat(first.get("target").get("unit").asText()).isEqualTo("场");
    Goldens.assertMatches("export-laoting.json", Cli.run("export", Cli.LAOTING).out());
  }

  @Test
  void everyTargetFormAndRecordKindIsValid() throws Exception {
    Cli.Result r = Cli.run("export", ALL_FORMS);
    assertThat(r.exit()).isZero();
    JsonNode root = valid(r.out());
    assertThat(root.findValuesAsText("form")).contains("comparison", "exact", "range", "deadline", "qualitative",
        "measured", "date", "graded", "notApplicable");
    assertThat(root.findValuesAsText("kind")).contains("project", "selfEvaluation", "monitoring");
  }

  @Test
  void standardInputExportsToo() throws Exception {
    String text = Files.readString(Path.of(ALL_FORMS));
    Cli.Result r = Cli.runWithInput(text, "export", "-");
    assertThat(valid(r.out()).get("files").get(0).get("file").asText()).isEqualTo("<stdin>");
  }

  @Test
  void csvIsUtf8WithBomAndCrlf() {
    Cli.Result r = Cli.run("export", "--format", "csv", "--lang", "zh", Cli.LAOTING);
    assertThat(r.exit()).isZero();
    assertThat(r.out()).startsWith("\uFEFF文件,类型,编码,名称,一级指标,二级指标,三级指标,指标值");
    String[] lines = r.out().split("\r\n");
    assertThat(lines).hasSize(1 + 7 + 7);
    assertThat(lines[1]).contains("项目,13022525P00NB79100162,网络强军建设及网络宣传经费,产出指标,数量指标,组织开展网络宣传活动次数,≥30 场");
    assertThat(r.out()).contains("\"构建清朗网络空间，提高社会治理\"".replace("\"", "")); // Chinese comma needs no quoting
  }

  @Test
  void csvBytesOnTheWireStartWithTheUtf8Bom() throws Exception {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    java.io.PrintWriter out = new java.io.PrintWriter(new java.io.OutputStreamWriter(bytes, java.nio.charset.StandardCharsets.UTF_8));
    int code = PerfCli.run(new String[] {"export", "--format", "csv", Cli.LAOTING}, out,
        new java.io.PrintWriter(new java.io.StringWriter()), java.io.InputStream.nullInputStream());
    assertThat(code).isZero();
    byte[] b = bytes.toByteArray();
    assertThat(new byte[] {b[0], b[1], b[2]}).containsExactly(0xEF, 0xBB, 0xBF);
  }

  @Test
  void brokenFilesAreSkippedAndFail() throws Exception {
    Cli.Result r = Cli.run("export", "--lang", "en", Cli.LAOTING, "src/test/resources/fixtures/broken.perf");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("skipped a file with errors");
    assertThat(valid(r.out()).get("files")).hasSize(1);
  }
}
