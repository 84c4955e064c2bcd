package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.train.ComputeDevice;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop's bookkeeping on small generated clips: checkpoints carry the step count and resume
 * continues it, a cancel saves a checkpoint, the distillation phase comes first, a batch without
 * any target is refused.
 */
class NerTrainingTest {
  private static final int W = 40;
  private static final int H = 30;

  @TempDir Path out;

  @Test
  void resumeContinuesTheStepCountAndTheDistillationPhaseComesFirst() throws IOException {
    List<String> used = new ArrayList<>();
    NerClipSource distill = source("distill", used);
    NerClipSource truth = source("truth", used);
    try (NerTrainer trainer = NerTrainer.builder().setPreset(NerPreset.MOBILE).optSeed(1).build()) {
      NerTraining.Result first =
          NerTraining.run(trainer, distill, truth, plan(2, 1), out, p -> {}, () -> false);
      assertEquals(2, first.steps());
      assertFalse(first.cancelled());
    }
    assertEquals(2, NerCheckpoint.read(out).steps());
    try (NerTrainer resumed = NerTrainer.resume(out, ComputeDevice.CPU)) {
      assertEquals(2, resumed.steps());
      NerTraining.Result second =
          NerTraining.run(resumed, distill, truth, plan(3, 1), out, p -> {}, () -> false);
      assertEquals(3, second.steps());
    }
    NerCheckpoint info = NerCheckpoint.read(out);
    assertEquals(3, info.steps());
    assertEquals(RcrNetNer.CLIP_LENGTH, info.clipLength());
    assertFalse(info.frameByFrame());
    assertEquals(List.of("distill", "truth", "truth"), used);
  }

  @Test
  void cancellingSavesACheckpointAtTheStepReached() throws IOException {
    try (NerTrainer trainer =
        NerTrainer.builder().setPreset(NerPreset.MOBILE).optFrameByFrame(true).build()) {
      NerTraining.Result result =
          NerTraining.run(
              trainer,
              null,
              source("truth", new ArrayList<>()),
              plan(5, 0),
              out,
              p -> {},
              () -> trainer.steps() >= 1);
      assertTrue(result.cancelled());
      assertEquals(1, result.steps());
    }
    NerCheckpoint info = NerCheckpoint.read(out);
    assertEquals(1, info.steps());
    assertEquals(1, info.clipLength());
    assertTrue(info.frameByFrame());
  }

  @Test
  void aBatchWithoutAnyTargetIsRefused() throws IOException {
    try (NerTrainer trainer =
        NerTrainer.builder().setPreset(NerPreset.MOBILE).optFrameByFrame(true).build()) {
      List<NerFrame> clip = List.of(NerFrame.unlabelled(image(0)));
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> trainer.step(List.of(clip)));
      assertTrue(e.getMessage().contains("no frame"), e.getMessage());
    }
  }

  @Test
  void aFolderWithoutACheckpointIsNamed() {
    IOException e = assertThrows(IOException.class, () -> NerCheckpoint.read(out));
    assertTrue(e.getMessage().contains(out.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not an RCRNet+NER checkpoint"), e.getMessage());
  }

  private static NerTraining.Plan plan(long steps, long distillSteps) {
    return new NerTraining.Plan(steps, distillSteps, 1, 100, 7, "generated clips");
  }

  /** Clips whose first frame has a target (a centred square); records which source was asked. */
  private static NerClipSource source(String name, List<String> used) {
    return (Random random, int length) -> {
      used.add(name);
      List<NerFrame> clip = new ArrayList<>();
      for (int t = 0; t < length; t++) {
        clip.add(t == 0 ? new NerFrame(image(t), square(t), 1f) : NerFrame.unlabelled(image(t)));
      }
      return clip;
    };
  }

  static RgbImage image(int shift) {
    byte[] rgb = new byte[W * H * 3];
    for (int y = 0; y < H; y++) {
      for (int x = 0; x < W; x++) {
        boolean inside = x >= 10 + shift && x < 30 + shift && y >= 8 && y < 22;
        for (int c = 0; c < 3; c++) {
          rgb[3 * (y * W + x) + c] = (byte) (inside ? 220 - 40 * c : 30 + 20 * c);
        }
      }
    }
    return RgbImage.wrap(W, H, rgb);
  }

  static SoftMask square(int shift) {
    float[] p = new float[W * H];
    for (int y = 8; y < 22; y++) {
      for (int x = 10 + shift; x < 30 + shift; x++) {
        p[y * W + x] = 1f;
      }
    }
    return Masks.softFromProbabilities(0, W, H, p);
  }
}
