package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.training.dataset.ReviewedExport;
import org.inbetween.models.fgplg.CheckpointInfo;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train fgplg --dataset} on an export of a reviewed DAVIS project (see {@link
 * ReviewedExport}): a few steps of the compact network, the notes and the checkpoint saying which
 * label sources became targets.
 */
class TrainFgplgDatasetTest {
  @TempDir static Path tmp;
  static Path export;

  @BeforeAll
  static void reviewedExport() throws IOException {
    export = ReviewedExport.trainAndVal(tmp);
  }

  @Test
  void reviewedLabelsOnlyByDefaultValidatedOnTheValSequence() throws IOException {
    Path model = tmp.resolve("reviewed");
    CliRun run = train(model);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains("dogs (training): 6 triples, targets by source {ACCEPTED=5, CORRECTED=1}"),
        run.err());
    assertTrue(run.err().contains("dogs-val (held out): 6 triples"), run.err());
    assertFalse(run.err().contains("PSEUDO_UNREVIEWED="), "no unreviewed target: " + run.err());
    assertTrue(run.out().contains("Trained 2 steps"), run.out());
    String data = CheckpointInfo.read(model).data();
    assertTrue(data.contains("sequences [dogs], reviewed labels only"), data);
    assertTrue(data.contains("sequences [dogs-val] held out"), data);
  }

  @Test
  void unreviewedLabelsBecomeTargetsWhenAskedFor() throws IOException {
    Path model = tmp.resolve("all");
    CliRun run = train(model, "--use-unreviewed", "--weight", "unreviewed=0.25");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "dogs (training): 11 triples, targets by source"
                    + " {ACCEPTED=5, CORRECTED=1, PSEUDO_UNREVIEWED=5}"),
        run.err());
    String data = CheckpointInfo.read(model).data();
    assertTrue(data.contains("reviewed and unreviewed labels"), data);
    assertTrue(data.contains("unreviewed=0.25"), data);
  }

  @Test
  void davisAndDatasetExcludeEachOther() {
    CliRun run =
        CliRun.of("train", "fgplg", "--davis", "D", "--dataset", "E", "--steps", "1", "--out", "O");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  /** --davis is unchanged (every PNG is truth), but on an export it points at --dataset. */
  @Test
  void davisOnAnExportSaysThatDatasetFollowsTheManifest() {
    CliRun run =
        CliRun.of(
            "train",
            "fgplg",
            "--davis",
            export.toString(),
            "--sequences",
            "dogs",
            "--steps",
            "1",
            "--out",
            tmp.resolve("davis").toString(),
            "--device",
            "cpu");
    assertTrue(run.err().contains("--dataset follows the manifest"), run.err());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), "frame 4's mask was rejected: " + run.err());
  }

  @Test
  void aBadWeightIsBadInputNamingIt() {
    CliRun run = train(tmp.resolve("bad"), "--weight", "machine=2");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("unknown label source \"machine\""), run.err());
    assertTrue(Files.notExists(tmp.resolve("bad")), "nothing written");
  }

  @Test
  void aFolderWithoutAManifestIsBadInputNamingTheFile() {
    CliRun run =
        CliRun.of(
            "train",
            "fgplg",
            "--dataset",
            tmp.toString(),
            "--steps",
            "1",
            "--out",
            tmp.resolve("none").toString(),
            "--device",
            "cpu");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains(tmp.resolve("inbetween-manifest.json") + ": missing"), run.err());
  }

  private static CliRun train(Path model, String... more) {
    String[] base = {
      "train",
      "fgplg",
      "--dataset",
      export.toString(),
      "--interval",
      "5",
      "--steps",
      "2",
      "--validate-every",
      "2",
      "--out",
      model.toString(),
      "--device",
      "cpu"
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }
}
