package dev.perf.cli.command;

import dev.perf.dsl.ParseResult;
import dev.perf.eval.validate.Validator;
import dev.perf.model.Document;
import dev.perf.model.DocumentItem;
import dev.perf.model.Monitoring;
import dev.perf.model.Project;
import dev.perf.model.SelfEvaluation;
import dev.perf.model.diagnostic.Diagnostic;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Validates one parsed file with perf-eval's {@link Validator}. The validator sees one document, so
 * a 自评 or 监控 record whose project is in another file of the same run would be "unknown": here the
 * file is validated together with those projects (borrowed from the other files), and only the
 * diagnostics located in this file are kept.
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
    Document doc = parsed.document();
    Set<String> local = new LinkedHashSet<>();
    doc.projects().forEach(p -> local.add(p.code()));
    Set<String> wanted = new LinkedHashSet<>();
    for (DocumentItem item : doc.items()) {
      if (item instanceof SelfEvaluation || item instanceof Monitoring) {
        if (!local.contains(item.code())) {
          wanted.add(item.code());
        }
      }
    }
    List<Diagnostic> alone = validator.validate(doc, parsed.sourceMap(), parsed.disabledRules());
    if (wanted.isEmpty()) {
      return alone;
    }
    List<DocumentItem> items = new ArrayList<>();
    for (String code : wanted) {
      projects.apply(code).ifPresent(items::add);
    }
    if (items.isEmpty()) {
      return alone;
    }
    items.addAll(doc.items());
    List<Diagnostic> merged = validator.validate(new Document(items), parsed.sourceMap(), parsed.disabledRules());
    List<Diagnostic> out = new ArrayList<>();
    for (Diagnostic d : merged) {
      if (d.span().filter(s -> s.file().equals(parsed.fileName())).isPresent()) {
        out.add(d);
      }
    }
    for (Diagnostic d : alone) {
      if (d.span().isEmpty()) {
        out.add(d);
      }
    }
    return out;
  }
}
