package org.inbetween.app.project.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The importer's path: create, add an object, put a hundred real DAVIS masks in a row. */
class DavisBulkTest {
  @TempDir Path tmp;

  @Test
  void aHundredDavisMasksGoInAndComeBackExactly() throws IOException {
    Path frames = SharedData.davis().resolve("JPEGImages/480p/bus");
    List<LabelMask> masks = new ArrayList<>();
    for (int f = 0; f < 80; f++) {
      masks.add(Masks.fromPng(SharedData.davisMask("bus", f), f));
    }
    for (int f = 0; f < 20; f++) {
      masks.add(Masks.fromPng(SharedData.davisMask("car-shadow", f), 80 + f));
    }
    Path dir = tmp.resolve("bus");
    NewProject spec = NewProject.of(SourceKind.IMAGE_FOLDER, frames, 100, 25, 854, 480);
    long start = System.nanoTime();
    try (ProjectStore store = ProjectStore.create(dir, spec)) {
      store.addObject("bus");
      for (LabelMask mask : masks) {
        store.putHumanMask(mask, "DAVIS ground truth");
      }
    }
    System.out.printf(
        "100 DAVIS masks put and checkpointed in %.2f s%n", (System.nanoTime() - start) / 1e9);
    try (ProjectStore store = TestProjects.reopen(dir)) {
      for (LabelMask mask : masks) {
        assertEquals(mask, store.humanMask(mask.frame()).orElseThrow());
      }
      assertEquals(100, store.project().framesIn(FrameState.KEYFRAME).size());
      assertEquals(frames.toAbsolutePath().normalize().toString(), store.project().source().path());
    }
  }
}
