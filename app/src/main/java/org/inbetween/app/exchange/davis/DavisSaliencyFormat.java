package org.inbetween.app.exchange.davis;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetWriter;

/**
 * The DAVIS layout with DAVIS 2016 masks (8-bit gray, 255 for the foreground, every object merged,
 * 0 elsewhere), under a {@code DAVIS2016/} folder: {@code DAVIS2016/JPEGImages/480p/<seq>/...}.
 * This is what saliency training code such as RCRNet-Pytorch reads: it looks for {@code
 * <data>/DAVIS2016/JPEGImages/480p} and {@code <data>/DAVIS2016/Annotations/480p} (the dataset's
 * name is a folder under its data root), and reads a label as a grayscale image divided by 255,
 * which would turn palette colours into wrong fractional targets. Object ids are lost, so this
 * format does not round-trip multi-object projects; reading it back gives object 1.
 */
public final class DavisSaliencyFormat implements DatasetFormat {
  /** The folder under the export root that holds the DAVIS layout, as RCRNet names the dataset. */
  public static final String DATASET_FOLDER = "DAVIS2016";

  @Override
  public String name() {
    return "davis-saliency";
  }

  @Override
  public DatasetWriter writer(Path root) {
    return new DavisWriter(root.resolve(DATASET_FOLDER), true);
  }

  @Override
  public DatasetReader reader(Path root) throws IOException {
    return new DavisReader(root.resolve(DATASET_FOLDER));
  }
}
