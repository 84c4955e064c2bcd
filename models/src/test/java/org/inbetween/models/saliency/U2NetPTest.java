package org.inbetween.models.saliency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled U²-Net-p on real DAVIS frames, and the refusal of files that are not it. */
class U2NetPTest {
  private static U2NetP model;

  @BeforeAll
  static void load() throws IOException {
    model = U2NetP.bundled();
  }

  @AfterAll
  static void close() {
    model.close();
  }

  @Test
  void findsTheBlackSwan() throws IOException {
    RgbImage frame = DavisFirstFrames.frame("blackswan", 0);
    SoftMask map = model.predict(0, frame);
    assertEquals(frame.width(), map.width());
    assertEquals(frame.height(), map.height());
    double iou = DavisFirstFrames.iou(map, "blackswan", 0);
    assertTrue(iou > 0.8, "IoU on blackswan 0 was " + iou);
  }

  @Test
  void namesTheBundledWeights() {
    assertEquals(
        "309c8469258dda742793dce0ebea8e6dd393174f89934733ecc8b14c76f4ddd8", model.sha256());
    assertEquals("bundled", model.source());
  }

  @Test
  void refusesAFileThatIsNotAnOnnxNetwork(@TempDir Path dir) throws IOException {
    Path bad = Files.writeString(dir.resolve(U2NetP.FILE_NAME), "not a network");
    ModelFileException e = assertThrows(ModelFileException.class, () -> U2NetP.fromFile(dir));
    assertEquals(bad, e.file());
    assertTrue(e.getMessage().startsWith(bad.toString()), e.getMessage());
  }

  @Test
  void refusesAMissingFile(@TempDir Path dir) {
    ModelFileException e = assertThrows(ModelFileException.class, () -> U2NetP.fromFile(dir));
    assertEquals(dir.resolve(U2NetP.FILE_NAME), e.file());
  }
}
