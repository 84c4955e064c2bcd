package org.inbetween.app.project.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.inbetween.app.Main;
import org.inbetween.app.cli.CliRun;
import org.inbetween.app.exchange.export.ExportManifest;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.training.AdaptRequest;
import org.inbetween.models.fgplg.CheckpointInfo;
import org.inbetween.models.fgplg.FgplgPredictor;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.testdata.SharedData;
import org.inbetween.models.train.Checkpoints;
import org.inbetween.models.train.ComputeDevice;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash soak of the writing commands: each of import, import-dataset, export (DAVIS, COCO),
 * pseudo-label, predict, train fgplg and adapt runs in a child JVM on DAVIS {@code bus} (80 frames,
 * 854x480) and is killed with SIGKILL at a random (seeded, printed) moment. Afterwards a target the
 * command makes is either absent or complete, a checkpoint a killed training saved loads, a project
 * the command changes in place opens with its human masks as before, and the next run of the
 * command completes and leaves no staging folder behind: the killed run's one is cleaned, since its
 * process is gone.
 */
class CommandCrashTest {
  private static final long SEED = 20261204L;

  @TempDir Path tmp;

  @Test
  void killedCommandsLeaveNothingHalfDone() throws Exception {
    runKills(3, false);
  }

  @Test
  @Tag("slow")
  void killedCommandsLeaveNothingHalfDoneManyTimes() throws Exception {
    runKills(15, true);
  }

  /**
   * What a command writes: a new project, a new export, a new training checkpoint, or the project
   * it is given.
   */
  private enum Writes {
    NEW_PROJECT,
    NEW_EXPORT,
    NEW_CHECKPOINT,
    PROJECT_IN_PLACE
  }

  /** Enough steps, each one saved, that most of a training run lies after its first checkpoint. */
  private static final int TRAINING_STEPS = 40;

  /**
   * One command under test. {@code slowOnly} ones (a full run over a minute) are killed in the slow
   * soak only, so that the default run stays fast. When {@code firstFile} is set (a path inside the
   * target), kills are timed from its appearance: a training run spends most of its time preparing
   * examples before it writes anything, and the kills belong to the writing.
   */
  private record Command(
      String name,
      Function<Path, List<String>> args,
      Writes writes,
      boolean slowOnly,
      String firstFile) {
    Command(String name, Function<Path, List<String>> args, Writes writes) {
      this(name, args, writes, false, null);
    }

    Command(String name, Function<Path, List<String>> args, Writes writes, boolean slowOnly) {
      this(name, args, writes, slowOnly, null);
    }
  }

  private void runKills(int killsPerCommand, boolean withSlowCommands) throws Exception {
    Path davis = SharedData.davis();
    Path project = tmp.resolve("bus");
    ok(CliRun.of("import", davis.toString(), "--sequence", "bus", "--project", project.toString()));
    Path dataset = tmp.resolve("bus-davis");
    ok(
        CliRun.of(
            "export",
            "--project",
            project.toString(),
            "--format",
            "davis",
            "--out",
            dataset.toString(),
            "--include",
            "all"));
    List<Command> commands =
        List.of(
            new Command(
                "import",
                out ->
                    List.of(
                        "import",
                        davis.toString(),
                        "--sequence",
                        "bus",
                        "--project",
                        out.toString()),
                Writes.NEW_PROJECT),
            new Command(
                "import-dataset",
                out ->
                    List.of(
                        "import-dataset",
                        dataset.toString(),
                        "--format",
                        "davis",
                        "--project",
                        out.toString()),
                Writes.NEW_PROJECT),
            new Command(
                "export-davis",
                out ->
                    List.of(
                        "export",
                        "--project",
                        project.toString(),
                        "--format",
                        "davis",
                        "--out",
                        out.toString()),
                Writes.NEW_EXPORT),
            new Command(
                "export-coco",
                out ->
                    List.of(
                        "export",
                        "--project",
                        project.toString(),
                        "--format",
                        "coco",
                        "--out",
                        out.toString()),
                Writes.NEW_EXPORT),
            new Command(
                "pseudo-label",
                out -> List.of("pseudo-label", "--project", out.toString(), "--method", "warp"),
                Writes.PROJECT_IN_PLACE),
            new Command(
                "predict",
                out -> List.of("predict", "--project", out.toString(), "--model", "u2netp"),
                Writes.PROJECT_IN_PLACE,
                true),
            new Command(
                "train-fgplg",
                out ->
                    List.of(
                        "train",
                        "fgplg",
                        "--davis",
                        davis.toString(),
                        "--sequences",
                        "bus",
                        "--middle",
                        "centre",
                        "--steps",
                        String.valueOf(TRAINING_STEPS),
                        "--checkpoint-every",
                        "1",
                        "--validate-every",
                        "20",
                        "--device",
                        "cpu",
                        "--out",
                        out.toString()),
                Writes.NEW_CHECKPOINT,
                false,
                Checkpoints.INFO),
            new Command(
                "adapt",
                out ->
                    List.of(
                        "adapt", "--project", out.toString(), "--steps", "8", "--device", "cpu"),
                Writes.PROJECT_IN_PLACE,
                true));
    Path keyframes = keyframesOnly(project, tmp.resolve("bus-keyframes"));
    List<Optional<LabelMask>> humanMasksBefore = humanMasks(keyframes);
    Random random = new Random(SEED);
    System.out.println(
        "command crash soak: seed " + SEED + ", " + killsPerCommand + " kills per command");
    for (Command command : commands) {
      if (command.slowOnly() && !withSlowCommands) {
        continue;
      }
      long fullMillis = timeFullRun(command);
      for (int kill = 0; kill < killsPerCommand; kill++) {
        long delay = (long) (random.nextDouble() * fullMillis);
        Path out = tmp.resolve(command.name() + "-" + kill).resolve("target");
        prepare(command, keyframes, out);
        boolean finished = runAndKill(command, out, delay);
        boolean exists = Files.exists(out);
        System.out.printf(
            "  %s kill %d at %d ms of %d: %s%n",
            command.name(), kill, delay, fullMillis, outcome(command, finished, exists));
        if (command.writes() == Writes.PROJECT_IN_PLACE) {
          assertEquals(humanMasksBefore, humanMasks(out), command.name() + " kill " + kill);
          assertLoadsIfSaved(out.resolve(AdaptRequest.DEFAULT_OUT));
        } else if (command.writes() == Writes.NEW_CHECKPOINT) {
          assertLoadsIfSaved(out);
        } else if (exists) {
          assertComplete(command, out);
        }
        Path next =
            exists && command.writes() != Writes.PROJECT_IN_PLACE
                ? out.resolveSibling("target-again")
                : out;
        ok(CliRun.of(command.args().apply(next).toArray(String[]::new)));
        assertComplete(command, next);
        assertEquals(List.of(), stagingFolders(next.getParent()), command.name() + " kill " + kill);
      }
    }
  }

  private static String outcome(Command command, boolean finished, boolean exists) {
    if (finished) {
      return "finished first";
    }
    if (command.writes() == Writes.PROJECT_IN_PLACE) {
      return "human masks intact";
    }
    if (command.writes() == Writes.NEW_CHECKPOINT) {
      return exists ? "checkpoint folder kept" : "target absent";
    }
    return exists ? "target complete" : "target absent";
  }

  /** A command that changes a project in place gets its own copy of {@code project}. */
  private static void prepare(Command command, Path project, Path out) throws IOException {
    if (command.writes() == Writes.PROJECT_IN_PLACE) {
      copy(project, out);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Files.copy(file, to.resolve(from.relativize(file).toString()));
      }
    }
  }

  /**
   * A copy of the imported sequence (ground truth on every frame) that keeps human masks on every
   * 10th frame and the last, so that pseudo-labelling has gaps to fill.
   */
  private static Path keyframesOnly(Path project, Path out) throws IOException {
    copy(project, out);
    try (ProjectStore store = ProjectStore.open(out)) {
      int last = store.project().frameCount() - 1;
      for (int frame = 1; frame < last; frame++) {
        if (frame % 10 != 0) {
          store.clearHumanMask(frame, "crash-soak");
        }
      }
    }
    return out;
  }

  /** Every frame's human mask, read through the store (the journal included). */
  private static List<Optional<LabelMask>> humanMasks(Path project) throws IOException {
    List<Optional<LabelMask>> masks = new ArrayList<>();
    try (ProjectStore store = ProjectStore.openReadOnly(project)) {
      for (int frame = 0; frame < store.project().frameCount(); frame++) {
        masks.add(store.humanMask(frame));
      }
    }
    return masks;
  }

  /** How long a full run writes: from its start, or from its first file's appearance. */
  private long timeFullRun(Command command) throws Exception {
    Path out = tmp.resolve(command.name() + "-timing").resolve("target");
    prepare(command, tmp.resolve("bus-keyframes"), out);
    Process process = start(command.args().apply(out));
    awaitFirstFile(command, out, process);
    long start = System.nanoTime();
    assertTrue(process.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), command.name());
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /**
   * Starts the command in a child JVM and kills it {@code delay} ms after its start (or its first
   * file); true if it ended first.
   */
  private boolean runAndKill(Command command, Path out, long delay) throws Exception {
    Process process = start(command.args().apply(out));
    awaitFirstFile(command, out, process);
    if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
      return true;
    }
    process.destroyForcibly();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the command did not die");
    return false;
  }

  /** Returns once the command's first file exists, or the process has ended. */
  private static void awaitFirstFile(Command command, Path out, Process process)
      throws InterruptedException {
    if (command.firstFile() == null) {
      return;
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
    while (!Files.exists(out.resolve(command.firstFile())) && process.isAlive()) {
      assertTrue(System.nanoTime() < deadline, command.name() + " never wrote its first file");
      Thread.sleep(10);
    }
  }

  private Process start(List<String> args) throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:TieredStopAtLevel=1");
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(Main.class.getName());
    command.addAll(args);
    return new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(tmp.resolve("command-stderr.txt").toFile())
        .start();
  }

  /**
   * A checkpoint folder that a killed training left holds a checkpoint that loads: its description
   * reads and its parameters fit the network it describes.
   */
  private static void assertLoadsIfSaved(Path folder) throws IOException {
    if (Files.exists(folder.resolve(Checkpoints.INFO))) {
      CheckpointInfo.read(folder);
      FgplgPredictor.load(folder, ComputeDevice.CPU).close();
    }
  }

  private static void assertComplete(Command command, Path out) throws IOException {
    if (command.writes() == Writes.NEW_EXPORT) {
      assertTrue(ExportManifest.read(out).isPresent(), out + ": the manifest");
      return;
    }
    if (command.writes() == Writes.NEW_CHECKPOINT) {
      assertEquals(TRAINING_STEPS, CheckpointInfo.read(out).steps(), out.toString());
      assertLoadsIfSaved(out);
      return;
    }
    try (ProjectStore store = ProjectStore.openReadOnly(out)) {
      assertEquals(80, store.project().frameCount(), out.toString());
      assertTrue(store.humanMask(0).isPresent(), out + ": frame 0's mask");
      if (command.writes() == Writes.PROJECT_IN_PLACE) {
        Set<MachineLayer> layers = store.machineLayers();
        assertTrue(layers.size() > 0, out + ": no machine layer after a full run");
        for (MachineLayer layer : layers) {
          for (int frame = 1; frame < 79; frame++) {
            assertTrue(
                store.humanMask(frame).isPresent()
                    || store.machineProvenance(layer, frame).isPresent(),
                out + ": frame " + frame + " of " + layer + " after a full run");
          }
        }
      }
    }
  }

  private static List<Path> stagingFolders(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(p -> p.getFileName().toString().contains(".importing-")).toList();
    }
  }

  private static void ok(CliRun run) {
    assertEquals(0, run.exitCode(), run.err());
  }
}
