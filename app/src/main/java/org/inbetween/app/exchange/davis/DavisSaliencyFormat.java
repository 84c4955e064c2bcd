package org.inbetween.app.exchange.davis;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetWriter;

/**
 * The DAVIS layout with DAVIS 2016 masks: 8-bit gray, 255 for the foreground (every object merged),
 * 0 elsewhere. This is what saliency training code such as RCRNet-Pytorch expects: it reads a label
 * as a grayscale image and divides by 255, which would turn palette colours into wrong fractional
 * targets. Object ids are lost, so this format does not round-trip multi-object projects; reading
 * it back gives object 1.
 */
public final class DavisSaliencyFormat implements DatasetFormat {
  @Override
  public String name() {
    return "davis-saliency";
  }

  @Override
  public DatasetWriter writer(Path root) {
    return new DavisWriter(root, true);
  }

  @Override
  public DatasetReader reader(Path root) throws IOException {
    return new DavisReader(root);
  }
}
