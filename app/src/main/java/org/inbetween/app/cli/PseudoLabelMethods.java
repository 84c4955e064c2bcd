package org.inbetween.app.cli;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorRegistry;
import picocli.CommandLine.IModelTransformer;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * The pseudo-label methods as the help of {@code pseudo-label} and {@code bench pseudo-labels}
 * shows them: read from {@link GeneratorRegistry}, so a method added there (or as a plug-in) is
 * listed with its one-line description and the default is marked, with no help text to edit.
 *
 * <p>As {@code completionCandidates} it gives the names (for {@code ${COMPLETION-CANDIDATES}} and
 * shell completion); as a {@code modelTransformer} it adds a "Methods:" section after the options.
 */
final class PseudoLabelMethods implements Iterable<String>, IModelTransformer {
  private static final String SECTION = "methods";

  @Override
  public Iterator<String> iterator() {
    return GeneratorRegistry.standard().factories().keySet().iterator();
  }

  @Override
  public CommandSpec transform(CommandSpec spec) {
    GeneratorRegistry registry = GeneratorRegistry.standard();
    Map<String, String> rows = new LinkedHashMap<>();
    for (GeneratorFactory factory : registry.factories().values()) {
      boolean isDefault = factory.name().equals(registry.defaultMethod());
      rows.put(factory.name(), factory.description() + (isDefault ? " (default)" : ""));
    }
    UsageMessageSpec usage = spec.usageMessage();
    usage
        .sectionMap()
        .put(SECTION, help -> help.createHeading("%nMethods:%n") + help.createTextTable(rows));
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), SECTION);
    usage.sectionKeys(keys);
    return spec;
  }
}
