package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FrameRotationTest {
  /** A 3x2 image whose pixel (x, y) has the value 10 * (y + 1) + x + 1 in every channel. */
  private static RgbImage numbered() {
    byte[] rgb = new byte[3 * 2 * 3];
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        for (int c = 0; c < 3; c++) {
          rgb[3 * (y * 3 + x) + c] = (byte) (10 * (y + 1) + x + 1);
        }
      }
    }
    return RgbImage.wrap(3, 2, rgb);
  }

  private static String rows(RgbImage image) {
    StringBuilder text = new StringBuilder();
    for (int y = 0; y < image.height(); y++) {
      for (int x = 0; x < image.width(); x++) {
        text.append(image.rgb(x, y) & 0xFF).append(x + 1 < image.width() ? " " : "");
      }
      text.append(y + 1 < image.height() ? "|" : "");
    }
    return text.toString();
  }

  @ParameterizedTest
  @CsvSource({
    "0, 11 12 13|21 22 23",
    "90, 21 11|22 12|23 13",
    "180, 23 22 21|13 12 11",
    "270, 13 23|12 22|11 21"
  })
  void turnsClockwiseByQuarterTurns(int clockwise, String expected) {
    assertEquals(expected, rows(FrameRotation.rotate(numbered(), clockwise)));
  }

  @ParameterizedTest
  @CsvSource({"0, 0", "-90, 90", "90, 270", "180, 180", "-180, 180", "-89.6, 90", "NaN, 0"})
  void theDisplayMatrixAngleIsCounterClockwise(double counterClockwise, int clockwise) {
    assertEquals(clockwise, FrameRotation.fromDisplayMatrix(counterClockwise));
  }

  @Test
  void aTurnBetweenQuarterTurnsIsRoundedAndSaid() {
    String note = FrameRotation.note(Path.of("v.mp4"), -80).orElseThrow();
    assertTrue(note.contains("80.0 degrees") && note.contains("turned 90 degrees"), note);
    assertTrue(FrameRotation.note(Path.of("v.mp4"), 0).isEmpty());
  }

  @Test
  void onlyQuarterTurnsAreRotations() {
    assertThrows(IllegalArgumentException.class, () -> FrameRotation.check(45));
    assertThrows(IllegalArgumentException.class, () -> FrameRotation.check(360));
  }
}
