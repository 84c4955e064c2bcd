package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.inbetween.app.training.dataset.ReviewedExport;
import org.inbetween.models.ner.NerCheckpoint;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train ner --dataset} on an export of a reviewed DAVIS project (see {@link
 * ReviewedExport}): two steps of the mobile network (one of them distilled from U2-Net-p), the note
 * and the checkpoint saying which label sources became targets; the options that thin out DAVIS
 * ground truth are refused with it.
 */
class TrainNerDatasetTest {
  @TempDir static Path tmp;
  static Path export;

  @BeforeAll
  static void reviewedExport() throws IOException {
    export = ReviewedExport.trainAndVal(tmp);
  }

  @Test
  void trainsOnTheReviewedLabelsAndWritesACheckpoint() throws IOException {
    Path model = tmp.resolve("reviewed");
    CliRun run = train(model);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.out().contains("Trained 2 steps"), run.out());
    assertTrue(run.err().contains("1 training sequences (reviewed labels only"), run.err());
    assertTrue(
        run.err()
            .contains(
                "11 of 25 frames with a target, training targets by source {HUMAN_KEYFRAME=5,"
                    + " ACCEPTED=5, CORRECTED=1, PSEUDO_UNREVIEWED=0}"),
        run.err());
    NerCheckpoint info = NerCheckpoint.read(model);
    assertEquals(2, info.steps());
    assertTrue(info.data().contains("trained on 11 of 25 frames with a target"), info.data());
  }

  @Test
  void unreviewedLabelsCountWhenAskedForAfterADistilledStep() throws IOException {
    Path model = tmp.resolve("all");
    CliRun run =
        train(model, "--use-unreviewed", "--weight", "unreviewed=0.25", "--distill-steps", "1");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("16 of 25 frames with a target"), run.err());
    assertTrue(run.err().contains("PSEUDO_UNREVIEWED=5"), run.err());
    assertTrue(run.err().contains("2 steps (1 distilled)"), run.err());
    assertTrue(NerCheckpoint.read(model).data().contains("unreviewed=0.25"));
  }

  @Test
  void labelEveryWithDatasetIsAUsageError() {
    Path model = tmp.resolve("refused");
    CliRun run = train(model, "--label-every", "5");
    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("--label-every applies to --davis only"), run.err());
    assertTrue(Files.notExists(model), "nothing written");
  }

  @Test
  void davisAndDatasetExcludeEachOther() {
    CliRun run =
        CliRun.of("train", "ner", "--davis", "D", "--dataset", "E", "--steps", "1", "--out", "O");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  private static CliRun train(Path model, String... more) {
    String[] base = {
      "train",
      "ner",
      "--dataset",
      export.toString(),
      "--preset",
      "mobile",
      "--steps",
      "2",
      "--out",
      model.toString(),
      "--device",
      "cpu"
    };
    String[] args = Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }
}
