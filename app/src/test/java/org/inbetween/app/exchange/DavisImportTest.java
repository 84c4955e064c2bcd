package org.inbetween.app.exchange;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.app.cli.CliRun;
import org.inbetween.app.cli.ExitCodes;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every DAVIS sequence of the shared data imports, with its masks pixel-identical. */
class DavisImportTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "blackswan", "bmx-trees", "boat", "bus", "car-roundabout", "car-shadow", "car-turn",
        "dance-twirl", "dog-agility", "hockey", "motorbike", "rollerblade", "surf", "tennis"
      })
  void sequenceImportsWithEveryMaskPixelIdentical(String sequence) throws IOException {
    Path davis = SharedData.davis();
    Path project = tmp.resolve(sequence);

    CliRun run =
        CliRun.of(
            "import", davis.toString(), "--sequence", sequence, "--project", project.toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (ProjectStore store = ProjectStore.open(project)) {
      Project p = store.project();
      assertEquals(854, p.width());
      assertEquals(480, p.height());
      assertEquals(p.frameCount(), p.framesIn(FrameState.KEYFRAME).size());
      for (int f = 0; f < p.frameCount(); f++) {
        Path original = davis.resolve(String.format("Annotations/480p/%s/%05d.png", sequence, f));
        LabelMask stored = store.humanMask(f).orElseThrow();
        assertArrayEquals(davisLabels(original), stored.labels(), original.toString());
      }
    }
  }

  /** The 0/255 DAVIS mask as object ids, failing on any other gray value. */
  private static byte[] davisLabels(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    Raster raster = image.getRaster();
    byte[] labels = new byte[image.getWidth() * image.getHeight()];
    for (int y = 0, i = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++, i++) {
        int value = raster.getSample(x, y, 0);
        assertTrue(value == 0 || value == 255, file + " has gray value " + value);
        labels[i] = (byte) (value / 255);
      }
    }
    return labels;
  }
}
