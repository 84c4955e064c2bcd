package org.inbetween.models.metrics.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Writes a chart to the file the user named, in the format its extension says: {@code .svg} as SVG
 * (scalable, for documents), anything else as PNG. The file name is kept exactly as given (XChart's
 * own file-name methods would append an extension).
 */
final class PlotFiles {
  private PlotFiles() {}

  static void write(Chart<?, ?> chart, Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      if (isSvg(file)) {
        VectorGraphicsEncoder.saveVectorGraphic(
            chart, out, VectorGraphicsEncoder.VectorGraphicsFormat.SVG);
      } else {
        BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
      }
    }
  }

  static boolean isSvg(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".svg");
  }
}
