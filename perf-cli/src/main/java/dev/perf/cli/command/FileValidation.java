package dev.perf.cli.command;

import dev.perf.dsl.ParseResult;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Project;
import dev.perf.model.diagnostic.Diagnostic;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Validates one parsed file with perf-eval's {@link Validator}. A 自评 or 监控 record may be of a
 * project in another file of the same run: the validator looks such projects up through
 * {@code projects}.
 */
public final class FileValidation {
  private final Validator validator;
  private final Function<String, Optional<Project>> projects;

  public FileValidation(Validator validator, Function<String, Optional<Project>> projects) {
    this.validator = validator;
    this.projects = projects;
  }

  /** The validation diagnostics of {@code parsed}, which must have no errors. */
  public List<Diagnostic> validate(ParseResult parsed) {
    return validator.validate(parsed.document(), parsed.sourceMap(), parsed.disabledRules(), projects::apply);
  }
}
