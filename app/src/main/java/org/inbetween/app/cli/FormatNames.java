package org.inbetween.app.cli;

import java.util.Iterator;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;

/**
 * The registered dataset format names, for picocli's {@code ${COMPLETION-CANDIDATES}}: help lists
 * every format on the class path, so a new format never goes missing from {@code export --help}.
 */
final class FormatNames implements Iterable<String> {
  @Override
  public Iterator<String> iterator() {
    return DatasetFormats.all().stream().map(DatasetFormat::name).iterator();
  }
}
