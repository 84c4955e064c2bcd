package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.inbetween.app.exchange.ImportSummary;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The DAVIS reader on the original DAVIS 2016 files (0/255 gray masks, no manifest). */
class DatasetImportTest {
  @TempDir Path tmp;

  @Test
  void originalDavisSequenceImportsAsHumanKeyframes() throws IOException {
    Path davis = SharedData.davis();
    Path project = tmp.resolve("surf");

    ImportSummary summary = importDavis(davis, "surf", project);

    assertEquals(55, summary.frameCount());
    assertEquals(List.of(1), summary.objectIds());
    try (ProjectStore store = ProjectStore.open(project)) {
      assertEquals(55, store.project().framesIn(FrameState.KEYFRAME).size());
      for (int f : new int[] {0, 30, 54}) {
        assertEquals(
            Masks.fromPng(SharedData.davisMask("surf", f), f),
            store.humanMask(f).orElseThrow(),
            "frame " + f);
      }
      assertTrue(store.project().frame(54).isAbsent(1), "the empty DAVIS mask marks absence");
    }
    assertFalse(
        Files.exists(project.resolve(ImportedManifest.FILE_NAME)), "no manifest, no record");
  }

  @Test
  void anUnknownSequenceIsRefusedNamingTheDatasetAndLeavesNothing() {
    Path project = tmp.resolve("nope");

    IOException e =
        assertThrows(IOException.class, () -> importDavis(SharedData.davis(), "nope", project));

    assertTrue(e.getMessage().contains("\"nope\""), e.getMessage());
    assertFalse(Files.exists(project));
  }

  private static ImportSummary importDavis(Path davis, String sequence, Path project)
      throws IOException {
    return new DatasetImport(
            new DatasetImportRequest(
                DatasetFormats.byName("davis"), davis, Optional.of(sequence), project, "davis"))
        .run(Progress.NONE);
  }
}
