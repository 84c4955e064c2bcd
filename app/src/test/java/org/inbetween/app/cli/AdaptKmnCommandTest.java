package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.inbetween.app.training.AdaptedModel;
import org.inbetween.app.training.KmnAdaptTask;
import org.inbetween.models.kmn.FusedGeneratorFactory;
import org.inbetween.models.kmn.KmnGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code adapt-kmn} on DAVIS bus projects with the bus's ground truth on some keyframes. */
class AdaptKmnCommandTest {
  @TempDir Path tmp;

  @Test
  void adaptsTheDecoderWhichTheProjectThenUsesAndPseudoLabelingCanName() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 10, 20).close();
    Map<Path, byte[]> masks = BusKeyframes.files(project.resolve("masks"));

    CliRun run = CliRun.of("adapt-kmn", "--project", project.toString(), "--steps", "3");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.out().contains("kmn decoder adapted in 3 steps")
            && run.out().contains("on 3 human keyframes of 1 object;"),
        run.out());
    Path decoder = project.resolve(KmnAdaptTask.DEFAULT_OUT).toAbsolutePath().normalize();
    assertTrue(Files.size(decoder) > 0);
    Map<String, String> adapted =
        AdaptedModel.settingsFor(project.toAbsolutePath().normalize(), GeneratorSettings.defaults())
            .options();
    assertEquals(decoder.toString(), adapted.get(KmnGeneratorFactory.DECODER_OPTION));
    assertEquals("2.0", adapted.get(FusedGeneratorFactory.FULL_TRUST_OPTION));
    Map<Path, byte[]> after = BusKeyframes.files(project.resolve("masks"));
    assertEquals(masks.keySet(), after.keySet());
    masks.forEach((file, bytes) -> assertArrayEquals(bytes, after.get(file), file.toString()));

    FlowOptions flow = new FlowOptions();
    new CommandLine(flow).parseArgs("--kmn-decoder", decoder.toString());
    assertEquals(
        Map.of(
            KmnGeneratorFactory.DECODER_OPTION,
            decoder.toString(),
            FusedGeneratorFactory.FULL_TRUST_OPTION,
            "2.0"),
        flow.settings().options());
  }

  @Test
  void oneKeyframeIsRefusedAndNothingIsWritten() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0).close();
    Map<Path, byte[]> before = BusKeyframes.files(project);

    CliRun run = CliRun.of("adapt-kmn", "--project", project.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "adapting kmn needs at least 2 human keyframes showing an object;"
                    + " found 1 keyframes"),
        run.err());
    Map<Path, byte[]> after = BusKeyframes.files(project);
    assertEquals(before.keySet(), after.keySet());
    assertFalse(Files.exists(project.resolve("models")));
  }

  @Test
  void aMissingDecoderFileIsRefusedNamingIt() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 10).close();
    Path missing = tmp.resolve("nowhere.params");

    CliRun run =
        CliRun.of(
            "pseudo-label",
            "--project",
            project.toString(),
            "--method",
            "kmn",
            "--kmn-decoder",
            missing.toString());

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("--kmn-decoder " + missing + ": no such file"), run.err());
  }
}
