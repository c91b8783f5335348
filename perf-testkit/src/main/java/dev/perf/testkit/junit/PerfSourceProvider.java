package dev.perf.testkit.junit;

import dev.perf.model.Project;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.provider.AnnotationBasedArgumentsProvider;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.support.ParameterDeclarations;

/**
 * The arguments of {@link PerfSource}: one argument set per item of the folder, named
 * {@code CODE NAME} (and {@code 截至 DATE} for monitoring records), whose one argument is the item
 * wrapped in {@link Named} under the same name.
 */
public final class PerfSourceProvider extends AnnotationBasedArgumentsProvider<PerfSource> {

  /** Called by JUnit. */
  public PerfSourceProvider() {}

  @Override
  protected Stream<? extends Arguments> provideArguments(ParameterDeclarations parameters, ExtensionContext context,
      PerfSource source) {
    ClassLoader loader = context.getRequiredTestClass().getClassLoader();
    PerfFolder folder = PerfFolder.load(source.value(), loader);
    List<? extends Named<?>> cases = cases(folder, source.each());
    if (cases.isEmpty()) {
      throw new IllegalArgumentException("@PerfSource(\"" + source.value() + "\") found no "
          + source.each().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + " in "
          + folder.files().size() + " file(s)");
    }
    // The argument set's name is what the default display name shows ("[1] CODE NAME"); the
    // Named payload is what "{0}" shows in a custom name pattern.
    return cases.stream().map(c -> Arguments.argumentSet(c.getName(), c));
  }

  private static List<? extends Named<?>> cases(PerfFolder folder, PerfItem each) {
    if (each == PerfItem.SELF_EVALUATION) {
      return folder.selfEvaluations().stream().map(e -> Named.of(e.toString(), e)).toList();
    }
    if (each == PerfItem.MONITORING) {
      return folder.monitorings().stream().map(m -> Named.of(m.toString(), m)).toList();
    }
    return folder.projects().stream().map(p -> Named.of(name(p), p)).toList();
  }

  private static String name(Project p) {
    return p.code() + " " + p.name();
  }
}
