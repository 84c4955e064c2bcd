package org.inbetween.models.metrics;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Reads a PNG as 8-bit grayscale values the way {@code cv2.imread(..., IMREAD_GRAYSCALE)} does for
 * the files the reference values were computed from: one-channel PNGs as stored, and RGB PNGs whose
 * channels are equal as that shared value (every RGB-to-gray weighting gives it back). Any other
 * colour pixel fails the test instead of guessing a weighting.
 */
record Gray8Png(int width, int height, int[] values) {
  static Gray8Png read(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    Raster raster = image.getRaster();
    int[] values = new int[image.getWidth() * image.getHeight()];
    for (int y = 0, i = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++, i++) {
        values[i] = raster.getSample(x, y, 0);
        for (int b = 1; b < Math.min(3, raster.getNumBands()); b++) {
          if (raster.getSample(x, y, b) != values[i]) {
            throw new IllegalStateException(file + " has a colour pixel at " + x + "," + y);
          }
        }
      }
    }
    return new Gray8Png(image.getWidth(), image.getHeight(), values);
  }
}
