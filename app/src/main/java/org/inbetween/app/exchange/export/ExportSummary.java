package org.inbetween.app.exchange.export;

import java.nio.file.Path;
import java.util.Map;

/**
 * What an export wrote.
 *
 * @param out the dataset folder
 * @param sequences sequences written
 * @param frames frame images written
 * @param counts frames per label source (EXCLUDED ones have no mask)
 */
public record ExportSummary(Path out, int sequences, int frames, Map<LabelSource, Integer> counts) {
  public ExportSummary {
    counts = Map.copyOf(counts);
  }
}
