package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An imported DAVIS sequence exported to DAVIS format gives back the DAVIS files. */
class DavisExportTest {
  private static final String SEQUENCE = "dog-agility";

  @TempDir Path tmp;

  @Test
  void exportReproducesAnnotationLabelsAndJpegBytes() throws IOException {
    Path davis = SharedData.davis();
    Path project = ExportFixtures.importDavis(SEQUENCE, tmp.resolve(SEQUENCE));
    Path out = tmp.resolve("dataset");

    ExportSummary summary = ExportFixtures.export(project, "davis", out, ExportOptions.defaults());

    int frames = 25;
    assertEquals(frames, summary.frames());
    assertEquals(frames, summary.counts().get(LabelSource.HUMAN_KEYFRAME));
    for (int f = 0; f < frames; f++) {
      String stem = String.format("%05d", f);
      Path originalPng = davis.resolve("Annotations/480p/" + SEQUENCE + "/" + stem + ".png");
      Path exportedPng = out.resolve("Annotations/480p/" + SEQUENCE + "/" + stem + ".png");
      assertArrayEquals(labels(originalPng, 255), labels(exportedPng, 1), exportedPng.toString());
      assertTrue(
          ImageIO.read(exportedPng.toFile()).getColorModel() instanceof IndexColorModel,
          "palette PNG");
      Path originalJpg = davis.resolve("JPEGImages/480p/" + SEQUENCE + "/" + stem + ".jpg");
      Path exportedJpg = out.resolve("JPEGImages/480p/" + SEQUENCE + "/" + stem + ".jpg");
      assertArrayEquals(Files.readAllBytes(originalJpg), Files.readAllBytes(exportedJpg));
    }
    List<String> train = Files.readAllLines(out.resolve("ImageSets/480p/train.txt"));
    assertEquals(frames, train.size());
    assertEquals(
        "/JPEGImages/480p/dog-agility/00000.jpg /Annotations/480p/dog-agility/00000.png",
        train.get(0));
    assertEquals(List.of(), Files.readAllLines(out.resolve("ImageSets/480p/val.txt")));
    assertTrue(Files.isRegularFile(out.resolve(ExportManifest.FILE_NAME)));
  }

  @Test
  void saliencyVariantWritesTheOriginalGrayMasksByteForByteInValue() throws IOException {
    Path davis = SharedData.davis();
    Path project = ExportFixtures.importDavis(SEQUENCE, tmp.resolve(SEQUENCE));
    Path out = tmp.resolve("saliency");

    ExportFixtures.export(project, "davis-saliency", out, ExportOptions.defaults());

    for (int f = 0; f < 25; f += 6) {
      String name = String.format("Annotations/480p/%s/%05d.png", SEQUENCE, f);
      Path file = out.resolve("DAVIS2016").resolve(name);
      BufferedImage exported = ImageIO.read(file.toFile());
      assertEquals(BufferedImage.TYPE_BYTE_GRAY, exported.getType(), name);
      assertArrayEquals(labels(davis.resolve(name), 1), labels(file, 1), name);
    }
  }

  /** The PNG's sample values divided by {@code objectValue}, i.e. 0/255 gray becomes 0/1. */
  private static byte[] labels(Path png, int objectValue) throws IOException {
    BufferedImage image = ImageIO.read(png.toFile());
    Raster raster = image.getRaster();
    byte[] labels = new byte[image.getWidth() * image.getHeight()];
    for (int y = 0, i = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++, i++) {
        labels[i] = (byte) (raster.getSample(x, y, 0) / objectValue);
      }
    }
    return labels;
  }
}
