package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.models.image.SoftMask;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A saved (untrained) checkpoint predicts one map per frame: every frame of a 10-frame video
 * exactly once, at the frame's size, in [0, 1], from windows of 4 whose last one ends at the last
 * frame.
 */
class NerPredictorTest {
  @TempDir Path folder;

  @Test
  void windowsCoverEveryFrameAndEndAtTheLast() {
    int[] starts = new int[10];
    for (int k = 0; k < 10; k++) {
      starts[k] = NerPredictor.windowStart(k, 10);
    }
    assertEquals(
        List.of(0, 0, 0, 0, 4, 4, 4, 4, 6, 6), java.util.Arrays.stream(starts).boxed().toList());
    assertEquals(0, NerPredictor.windowStart(2, 3));
    assertEquals(3, NerPredictor.windowLength(3));
  }

  @Test
  void everyFrameOfATenFrameVideoGetsOneMapAtItsSize() throws IOException {
    try (NerTrainer trainer = NerTrainer.builder().setPreset(NerPreset.MOBILE).optSeed(2).build()) {
      trainer.save(folder, "untrained");
    }
    try (NerPredictor predictor = NerPredictor.load(folder)) {
      List<SoftMask> maps = predictor.predictAll(NerTrainingTest::image, 10);
      assertEquals(10, maps.size());
      for (int k = 0; k < maps.size(); k++) {
        SoftMask map = maps.get(k);
        assertEquals(k, map.frame());
        assertEquals(NerTrainingTest.image(k).width(), map.width());
        assertEquals(NerTrainingTest.image(k).height(), map.height());
        for (float p : map.probabilities()) {
          assertTrue(p >= 0 && p <= 1, "probability " + p);
        }
      }
    }
  }

  @Test
  void aFolderThatIsNoCheckpointIsRefusedByName() {
    IOException e = assertThrows(IOException.class, () -> NerPredictor.load(folder));
    assertTrue(e.getMessage().contains(folder.toString()), e.getMessage());
  }
}
