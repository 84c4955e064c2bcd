package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.ner.NerCheckpoint;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code train ner} on the real blackswan sequence for a couple of steps: sparse ground truth with
 * warp pseudo-labels between and one distillation step first, then a resume that continues the step
 * count; the static network on a resume that asks for the other network is refused.
 */
class TrainNerCommandTest {
  @TempDir Path out;

  @Test
  void trainsThenResumesFromTheCheckpoint() throws IOException {
    String davis = SharedData.davis().toString();
    CliRun first =
        CliRun.of(
            "train",
            "ner",
            "--davis",
            davis,
            "--sequences",
            "blackswan",
            "--label-every",
            "5",
            "--fill",
            "warp",
            "--pseudo-weight",
            "0.5",
            "--distill-steps",
            "1",
            "--steps",
            "2",
            "--out",
            out.toString());
    assertEquals(ExitCodes.OK, first.exitCode(), first.err());
    assertTrue(first.out().contains("Trained 2 steps"), first.out());
    assertTrue(first.out().contains("wall time"), first.out());
    assertTrue(first.err().contains("step 2/2"), first.err());
    NerCheckpoint info = NerCheckpoint.read(out);
    assertEquals(2, info.steps());
    assertTrue(info.data().contains("fill warp"), info.data());

    CliRun resumed =
        CliRun.of(
            "train",
            "ner",
            "--davis",
            davis,
            "--sequences",
            "blackswan",
            "--steps",
            "3",
            "--resume",
            out.toString(),
            "--out",
            out.toString());
    assertEquals(ExitCodes.OK, resumed.exitCode(), resumed.err());
    assertEquals(3, NerCheckpoint.read(out).steps());

    CliRun mismatch =
        CliRun.of(
            "train",
            "ner",
            "--davis",
            davis,
            "--sequences",
            "blackswan",
            "--steps",
            "4",
            "--static",
            "--resume",
            out.toString(),
            "--out",
            out.toString());
    assertEquals(ExitCodes.BAD_INPUT, mismatch.exitCode(), mismatch.err());
    assertTrue(mismatch.err().contains("not the one asked for"), mismatch.err());
  }

  @Test
  void anUnknownFillMethodIsNamed() {
    CliRun run =
        CliRun.of(
            "train",
            "ner",
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "blackswan",
            "--fill",
            "magic",
            "--steps",
            "1",
            "--out",
            out.toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("magic"), run.err());
  }
}
