package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inbetween.models.fgplg.CheckpointInfo;
import org.inbetween.models.testdata.SharedData;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TrainFgplgCommandTest {
  @TempDir Path out;

  /** Runs {@code train fgplg args...} as the registered command would, with its failure handler. */
  private static CliRun run(String... args) {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    int code =
        new CommandLine(new TrainFgplgCommand())
            .setOut(new PrintWriter(stdout))
            .setErr(new PrintWriter(stderr))
            .setExecutionExceptionHandler(new FailureHandler())
            .execute(args);
    return new CliRun(code, stdout.toString(), stderr.toString());
  }

  @Test
  void optionsParseWithTheirDefaults() {
    TrainFgplgCommand command = new TrainFgplgCommand();
    new CommandLine(command)
        .parseArgs(
            "--davis",
            "D",
            "--sequences",
            "bus,boat",
            "--steps",
            "40",
            "--out",
            "O",
            "--lr",
            "1e-3");
    assertEquals(Path.of("D"), command.data.davis.davis);
    assertEquals(List.of("bus", "boat"), command.data.davis.selection.sequences);
    assertEquals(40, command.steps);
    assertEquals(1e-3f, command.learningRate);
    assertEquals(List.of(5), command.intervals);
    assertEquals("all", command.middle);
    assertEquals("compact", command.preset);
    assertEquals("auto", command.checkpoints.device);
    assertEquals(null, command.checkpoints.resume);
  }

  @Test
  void splitAndSequencesExcludeEachOther() {
    CliRun run =
        run("--davis", "D", "--split", "train", "--sequences", "bus", "--steps", "1", "--out", "O");
    assertEquals(ExitCodes.USAGE, run.exitCode());
    assertTrue(run.err().contains("mutually exclusive"), run.err());
  }

  @Test
  void askingForAGpuOnAMachineWithoutOneIsBadInput() {
    assumeTrue(Devices.resolve(ComputeDevice.AUTO) == ComputeDevice.CPU, "this machine has a GPU");
    CliRun run =
        run(
            "--davis",
            out.toString(),
            "--steps",
            "1",
            "--out",
            out.resolve("m").toString(),
            "--device",
            "gpu");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains("--device gpu was asked for"), run.err());
    assertTrue(run.err().contains("no CUDA GPU"), run.err());
    assertTrue(Files.notExists(out.resolve("m")), "nothing written");
  }

  @Test
  void threeStepsOnBusWriteACheckpointDescribingTheData() throws Exception {
    Path model = out.resolve("model");
    CliRun run =
        run(
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "bus",
            "--interval",
            "20",
            "--steps",
            "3",
            "--validate-every",
            "2",
            "--middle",
            "centre",
            "--corrupt-priors",
            "0.25",
            "--out",
            model.toString(),
            "--device",
            "cpu");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("bus: 3 triples"), run.err());
    assertTrue(run.err().contains("step 2/3"), run.err());
    assertTrue(run.out().contains("Trained 3 steps"), run.out());
    assertEquals(3, CheckpointInfo.read(model).steps());
    String data = CheckpointInfo.read(model).data();
    assertTrue(data.contains("[bus], intervals [20]"), data);
    assertTrue(data.contains("priors damaged with p=0.25"), data);
  }

  @Test
  void wholeSequencesCanBeHeldOutForValidation() throws Exception {
    Path model = out.resolve("model");
    CliRun run =
        run(
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "bus,dog-agility",
            "--holdout-sequences",
            "dog-agility",
            "--interval",
            "20",
            "--steps",
            "2",
            "--middle",
            "centre",
            "--out",
            model.toString(),
            "--device",
            "cpu");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("3 examples, 1 held out"), run.err());
    String data = CheckpointInfo.read(model).data();
    assertTrue(data.contains("sequences [bus], "), data);
    assertTrue(data.contains("sequences [dog-agility] held out (1 triples)"), data);
  }

  @Test
  void aHeldOutSequenceThatIsNotSelectedIsRefused() {
    CliRun run =
        run(
            "--davis",
            SharedData.davis().toString(),
            "--sequences",
            "bus",
            "--holdout-sequences",
            "surf",
            "--steps",
            "2",
            "--out",
            out.resolve("m").toString(),
            "--device",
            "cpu");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("[surf] must be among the sequences [bus]"), run.err());
    assertTrue(Files.notExists(out.resolve("m")), "nothing written");
  }

  @Test
  void modelOptionReachesTheGeneratorSettings() {
    FlowOptions flow = new FlowOptions();
    new CommandLine(flow).parseArgs("--model", "models/fgplg");
    assertEquals(Map.of("model", "models/fgplg"), flow.settings().options());
    FlowOptions none = new FlowOptions();
    new CommandLine(none).parseArgs();
    assertEquals(Map.of(), none.settings().options());
  }

  @Test
  void fgplgWithoutAModelRunsTheBundledOne(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("bus.csv");
    CliRun run = PseudoLabelBench.run("bus", "20", "warp,fgplg", csv);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    List<String> rows = Files.readAllLines(csv);
    assertTrue(rows.stream().anyMatch(row -> row.startsWith("bus,20,fgplg,")), rows.toString());
  }

  /**
   * fgplg-adapted adapts on each sequence's keyframes (a few steps here, to stay fast), then fills
   * the gaps with the adapted model: its scores stay close to the bundled model's it started from.
   */
  @Test
  void fgplgAdaptedAdaptsOnTheSequencesKeyframesThenScores(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("bus.csv");
    CliRun run =
        PseudoLabelBench.run(
            "bus", "20", "fgplg,fgplg-adapted", csv, "--adapt-steps", "2", "--device", "cpu");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("bus l=20: fgplg adapted, "), run.err());
    List<String> rows = Files.readAllLines(csv);
    double bundled = PseudoLabelBench.jf(rows, "bus,20,fgplg,");
    double adapted = PseudoLabelBench.jf(rows, "bus,20,fgplg-adapted,");
    assertEquals(bundled, adapted, 0.05, rows.toString());
  }

  /**
   * An interval as long as the sequence (dog-agility has 25 frames) leaves only its two ends as
   * keyframes, too few to adapt on: the run says so and fills with the bundled model, as fgplg.
   */
  @Test
  void fgplgAdaptedWithTwoKeyframesSaysSoAndFillsWithTheBundledModel(@TempDir Path folder)
      throws Exception {
    Path csv = folder.resolve("dog.csv");
    CliRun run =
        PseudoLabelBench.run("dog-agility", "40", "fgplg,fgplg-adapted", csv, "--device", "cpu");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err()
            .contains(
                "project: adapt needs at least three human keyframes of one object; found 2:"
                    + " filled with the model as it is"),
        run.err());
    List<String> rows = Files.readAllLines(csv);
    assertEquals(
        PseudoLabelBench.jf(rows, "dog-agility,40,fgplg,"),
        PseudoLabelBench.jf(rows, "dog-agility,40,fgplg-adapted,"),
        1e-9);
  }

  /**
   * kmn-fgplg-adapted adapts both of its models, fgplg and the kmn decoder, then fuses: a row of
   * its own, close to the fusion of the bundled models it started from (two steps each here). It
   * needs keyframes, so one-shot refuses it.
   */
  @Test
  void kmnFgplgAdaptedFusesTheReadWithTheAdaptedModel(@TempDir Path folder) throws Exception {
    Path csv = folder.resolve("bus.csv");
    CliRun run =
        PseudoLabelBench.run(
            "bus",
            "20",
            "kmn-fgplg,kmn-fgplg-adapted",
            csv,
            "--adapt-steps",
            "2",
            "--kmn-adapt-steps",
            "2",
            "--device",
            "cpu");
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("bus l=20: fgplg adapted, "), run.err());
    assertTrue(run.err().contains("; kmn decoder adapted, last loss "), run.err());
    List<String> rows = Files.readAllLines(csv);
    double bundled = PseudoLabelBench.jf(rows, "bus,20,kmn-fgplg,");
    double adapted = PseudoLabelBench.jf(rows, "bus,20,kmn-fgplg-adapted,");
    assertTrue(bundled > 0.8, rows.toString());
    assertEquals(bundled, adapted, 0.05, rows.toString());

    CliRun oneShot = PseudoLabelBench.run("bus", "20", "kmn-fgplg-adapted", csv, "--one-shot");
    assertEquals(ExitCodes.BAD_INPUT, oneShot.exitCode());
    assertTrue(
        oneShot.err().contains("kmn-fgplg-adapted adapts on keyframes; --one-shot gives frame 0"),
        oneShot.err());
  }
}
