package dev.perf.bench.json;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.perf.model.Department;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.evaluation.Actual;
import dev.perf.model.evaluation.Graded;
import dev.perf.model.evaluation.Measured;
import dev.perf.model.evaluation.NotApplicable;
import dev.perf.model.evaluation.OnDate;
import dev.perf.model.target.Comparison;
import dev.perf.model.target.Deadline;
import dev.perf.model.target.Exact;
import dev.perf.model.target.Qualitative;
import dev.perf.model.target.Range;
import dev.perf.model.target.Target;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The plain Jackson databind mapping a user would otherwise pick: the model's own records, read
 * through their canonical constructors, with the two standard modules (Optional, java.time) and
 * mix-ins that name the subtypes of the three sealed interfaces. The baseline of the benchmarks.
 */
public final class JsonMapping {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new Jdk8Module())
      .addModule(new JavaTimeModule())
      // Records' derived accessors (isQuantitative(), isMonthEnd()) are not data.
      .disable(MapperFeature.AUTO_DETECT_IS_GETTERS)
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .addMixIn(DocumentItem.class, ItemMixIn.class)
      .addMixIn(Target.class, TargetMixIn.class)
      .addMixIn(Actual.class, ActualMixIn.class)
      .build();

  private JsonMapping() {}

  /** The shared, thread-safe mapper. */
  public static ObjectMapper mapper() {
    return MAPPER;
  }

  /** {@code document} as UTF-8 JSON. */
  public static byte[] write(Document document) {
    try {
      return MAPPER.writeValueAsBytes(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The document in {@code json}. */
  public static Document read(byte[] json) {
    try {
      return MAPPER.readValue(json, Document.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Department.class, name = "department"),
      @JsonSubTypes.Type(value = Project.class, name = "project"),
      @JsonSubTypes.Type(value = SelfEvaluation.class, name = "selfEvaluation"),
      @JsonSubTypes.Type(value = Monitoring.class, name = "monitoring")})
  private interface ItemMixIn {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "form")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Comparison.class, name = "comparison"),
      @JsonSubTypes.Type(value = Exact.class, name = "exact"),
      @JsonSubTypes.Type(value = Range.class, name = "range"),
      @JsonSubTypes.Type(value = Deadline.class, name = "deadline"),
      @JsonSubTypes.Type(value = Qualitative.class, name = "qualitative")})
  private interface TargetMixIn {}

  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = Measured.class, name = "measured"),
      @JsonSubTypes.Type(value = OnDate.class, name = "onDate"),
      @JsonSubTypes.Type(value = Graded.class, name = "graded"),
      @JsonSubTypes.Type(value = NotApplicable.class, name = "notApplicable")})
  private interface ActualMixIn {}
}
