package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code predict --model kmn}: KMN's reads from the keyframes as an overlay layer, not review. */
class KmnPredictTest {
  private static final MachineLayer KMN = MachineLayer.model("kmn");

  @TempDir Path tmp;

  @Test
  void fillsModelKmnBetweenTheKeyframesAndLeavesPseudoLabelsAndStatesAlone() throws Exception {
    DavisExcerpt excerpt = DavisExcerpt.of(tmp, "blackswan", 5, 4);
    Path project = tmp.resolve("project");
    CliRun imported =
        CliRun.of(
            "import",
            excerpt.images().toString(),
            "--masks",
            excerpt.keyframes().toString(),
            "--project",
            project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());

    CliRun predicted = CliRun.of("predict", "--project", project.toString(), "--model", "kmn");

    assertEquals(ExitCodes.OK, predicted.exitCode(), predicted.err());
    assertTrue(predicted.out().contains("Predicted 3 frames into"), predicted.out());
    try (ProjectStore store = ProjectStore.open(project)) {
      for (int f = 1; f <= 3; f++) {
        assertEquals(FrameState.UNLABELLED, store.project().frame(f).state(), "frame " + f);
        assertFalse(store.machineMask(MachineLayer.pseudo(), f).isPresent(), "frame " + f);
      }
      assertFalse(store.machineMask(KMN, 0).isPresent(), "a keyframe is the input, not a read");
      assertEquals("kmn", store.machineProvenance(KMN, 2).orElseThrow().method());
      LabelMask read = store.machineMask(KMN, 2).orElseThrow();
      LabelMask truth = Masks.fromPng(SharedData.davisMask("blackswan", 2), 2);
      double j = RegionSimilarity.jaccard(read, truth, 1);
      assertTrue(j > 0.8, "J of the kmn read on frame 2: " + j);
    }
  }
}
