package org.inbetween.app.exchange.ytvos;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.SequenceFolders;

/**
 * The YouTube-VOS layout: {@code JPEGImages/<seq>/00000.jpg}, {@code Annotations/<seq>/00000.png}
 * (palette PNG) and {@code meta.json} listing per video its objects, each with a category and the
 * frames it appears in. YouTube-VOS keeps train and valid as separate roots, so the split lives
 * only in the manifest.
 */
public final class YouTubeVosFormat implements DatasetFormat {
  static final String META = "meta.json";

  @Override
  public String name() {
    return "youtube-vos";
  }

  @Override
  public DatasetWriter writer(Path root) {
    return new YouTubeVosWriter(root);
  }

  @Override
  public DatasetReader reader(Path root) throws IOException {
    return new YouTubeVosReader(root);
  }

  static SequenceFolders folders(Path root, String sequence) {
    return new SequenceFolders(
        root.resolve("JPEGImages").resolve(sequence),
        root.resolve("Annotations").resolve(sequence));
  }
}
