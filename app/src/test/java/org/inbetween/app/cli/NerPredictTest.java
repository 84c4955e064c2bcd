package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.labeling.predict.ModelChoice;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.ner.BundledNer;
import org.inbetween.models.ner.NerPreset;
import org.inbetween.models.ner.NerTrainer;
import org.inbetween.models.train.Checkpoints;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code predict --model ner=FOLDER} with an untrained but saved checkpoint on 6 real DAVIS frames
 * (windows 0–3 and 2–5): every frame gets a map in {@code model/rcrnet-ner}; a folder that is not a
 * checkpoint is a clear error; plain {@code --model ner} runs the bundled default, or the project's
 * own model in {@code models/ner} when it has one.
 */
class NerPredictTest {
  private static final MachineLayer LAYER = MachineLayer.model("rcrnet-ner");
  private static final int FRAMES = 6;

  @TempDir static Path tmp;
  private static DavisExcerpt excerpt;
  private static Path project;
  private static Path checkpoint;

  @BeforeAll
  static void importAndSaveACheckpoint() throws IOException {
    excerpt = DavisExcerpt.of(tmp, "blackswan", FRAMES, 5);
    project = imported("project");
    checkpoint = tmp.resolve("ner");
    saveUntrained(checkpoint);
  }

  private static Path imported(String name) {
    Path folder = tmp.resolve(name);
    CliRun imported =
        CliRun.of(
            "import",
            excerpt.images().toString(),
            "--masks",
            excerpt.keyframes().toString(),
            "--project",
            folder.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
    return folder;
  }

  private static void saveUntrained(Path folder) throws IOException {
    try (NerTrainer trainer = NerTrainer.builder().setPreset(NerPreset.MOBILE).optSeed(4).build()) {
      trainer.save(folder, "untrained");
    }
  }

  @Test
  void fillsTheRcrNetNerLayerOnEveryFrame() throws IOException {
    CliRun run =
        CliRun.of("predict", "--project", project.toString(), "--model", "ner=" + checkpoint);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Predicted 6 frames into model/rcrnet-ner"), run.out());
    try (ProjectStore store = ProjectStore.open(project)) {
      for (int f = 0; f < FRAMES; f++) {
        SoftMask map = store.machineSoftMask(LAYER, f, 1).orElseThrow();
        assertEquals(854, map.width());
        assertEquals(480, map.height());
      }
      assertEquals(checkpoint.toString(), store.machineProvenance(LAYER, 0).orElseThrow().model());
    }
  }

  @Test
  void aFolderThatIsNoCheckpointIsNamed() {
    Path empty = tmp.resolve("project");
    CliRun run = CliRun.of("predict", "--project", project.toString(), "--model", "ner=" + empty);
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains(empty.toString()), run.err());
    assertTrue(run.err().contains("not an RCRNet+NER checkpoint"), run.err());
  }

  @Test
  void plainNerRunsTheBundledModel() throws IOException {
    CliRun run = CliRun.of("predict", "--project", project.toString(), "--model", "ner");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (ProjectStore store = ProjectStore.open(project)) {
      Provenance made = store.machineProvenance(LAYER, 0).orElseThrow();
      assertEquals(BundledNer.RESOURCES, made.model());
      assertEquals(Checkpoints.parametersSha256(BundledNer.folder()), made.modelVersion());
    }
  }

  @Test
  void aProjectsOwnModelReplacesTheBundledOne() throws IOException {
    Path copy = imported("own");
    Path own = ModelChoice.projectFolder(copy, "ner");
    saveUntrained(own);
    CliRun run = CliRun.of("predict", "--project", copy.toString(), "--model", "ner");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (ProjectStore store = ProjectStore.open(copy)) {
      assertEquals(own.toString(), store.machineProvenance(LAYER, 0).orElseThrow().model());
    }
  }
}
