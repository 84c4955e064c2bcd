package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.inbetween.app.cli.BusKeyframes;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Finding and checking the ground truth of a project over the DAVIS "bus" frames (854x480). */
class GroundTruthFolderTest {
  @TempDir Path dir;

  @Test
  void theAnnotationsBesideADavisSourceAreFoundAndRead() throws Exception {
    try (ProjectStore store = BusKeyframes.create(dir.resolve("bus"));
        FrameSource frames = ProjectFrames.open(store.project(), store.directory())) {
      Path beside =
          GroundTruthFolder.besideSource(store.project(), store.directory()).orElseThrow();
      assertEquals(SharedData.davisMask("bus", 0).getParent(), beside);

      GroundTruthFolder truth = GroundTruthFolder.open(beside, frames);

      assertEquals(BusKeyframes.truth(7), truth.mask(7).orElseThrow());
    }
  }

  @Test
  void aFolderWithoutMasksIsNamedInTheError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("not-the-truth"));
    try (ProjectStore store = BusKeyframes.create(dir.resolve("bus"));
        FrameSource frames = ProjectFrames.open(store.project(), store.directory())) {
      IOException e = assertThrows(IOException.class, () -> GroundTruthFolder.open(empty, frames));
      assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
      assertTrue(e.getMessage().contains("no PNG masks"), e.getMessage());

      IOException missing =
          assertThrows(
              IOException.class, () -> GroundTruthFolder.open(dir.resolve("nowhere"), frames));
      assertTrue(missing.getMessage().contains(dir.resolve("nowhere").toString()));
    }
  }

  @Test
  void masksOfAnotherSizeAreRefusedNamingTheFileAndTheFolder() throws Exception {
    Path small = Files.createDirectories(dir.resolve("small"));
    try (OutputStream out = Files.newOutputStream(small.resolve("00000.png"))) {
      Masks.writePng(Masks.empty(0, 427, 240), out);
    }
    try (ProjectStore store = BusKeyframes.create(dir.resolve("bus"));
        FrameSource frames = ProjectFrames.open(store.project(), store.directory())) {
      IOException e = assertThrows(IOException.class, () -> GroundTruthFolder.open(small, frames));
      assertEquals(
          "ground truth " + small + ": 00000.png is 427x240 but the frames are 854x480",
          e.getMessage());
    }
  }

  @Test
  void aProjectNotFromDavisHasNoFolderBesideItsSource() throws Exception {
    try (ProjectStore store = ProjectStore.create(dir.resolve("demo"), NewProject.demo())) {
      assertEquals(Optional.empty(), GroundTruthFolder.besideSource(store.project(), dir));
    }
  }
}
