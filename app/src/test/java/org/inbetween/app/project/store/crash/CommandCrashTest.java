package org.inbetween.app.project.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.inbetween.app.Main;
import org.inbetween.app.cli.CliRun;
import org.inbetween.app.exchange.export.ExportManifest;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crash soak of the writing commands: each of import, import-dataset and export (DAVIS, COCO)
 * runs in a child JVM on DAVIS {@code bus} (80 frames, 854x480) and is killed with SIGKILL at a
 * random (seeded, printed) moment. Afterwards the target is either absent or complete, and the next
 * run of the command completes and leaves no staging folder behind: the killed run's one is
 * cleaned, since its process is gone.
 */
class CommandCrashTest {
  private static final long SEED = 20261204L;

  @TempDir Path tmp;

  @Test
  void killedCommandsLeaveNothingHalfDone() throws Exception {
    runKills(3);
  }

  @Test
  @Tag("slow")
  void killedCommandsLeaveNothingHalfDoneManyTimes() throws Exception {
    runKills(15);
  }

  private record Command(String name, Function<Path, List<String>> args, boolean makesProject) {}

  private void runKills(int killsPerCommand) throws Exception {
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
                true),
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
                true),
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
                false),
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
                false));
    Random random = new Random(SEED);
    System.out.println(
        "command crash soak: seed " + SEED + ", " + killsPerCommand + " kills per command");
    for (Command command : commands) {
      long fullMillis = timeFullRun(command);
      for (int kill = 0; kill < killsPerCommand; kill++) {
        long delay = (long) (random.nextDouble() * fullMillis);
        Path out = tmp.resolve(command.name() + "-" + kill).resolve("target");
        boolean finished = runAndKill(command.args().apply(out), delay);
        boolean exists = Files.exists(out);
        System.out.printf(
            "  %s kill %d at %d ms of %d: %s%n",
            command.name(),
            kill,
            delay,
            fullMillis,
            finished ? "finished first" : exists ? "target complete" : "target absent");
        if (exists) {
          assertComplete(command, out);
        }
        Path next = exists ? out.resolveSibling("target-again") : out;
        ok(CliRun.of(command.args().apply(next).toArray(String[]::new)));
        assertComplete(command, next);
        assertEquals(List.of(), stagingFolders(next.getParent()), command.name() + " kill " + kill);
      }
    }
  }

  private long timeFullRun(Command command) throws Exception {
    Path out = tmp.resolve(command.name() + "-timing").resolve("target");
    long start = System.nanoTime();
    Process process = start(command.args().apply(out));
    assertTrue(process.waitFor(300, TimeUnit.SECONDS));
    assertEquals(0, process.exitValue(), command.name());
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /**
   * Starts the command in a child JVM and kills it after {@code delay} ms; true if it ended first.
   */
  private boolean runAndKill(List<String> args, long delay) throws Exception {
    Process process = start(args);
    if (process.waitFor(delay, TimeUnit.MILLISECONDS)) {
      return true;
    }
    process.destroyForcibly();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the command did not die");
    return false;
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

  private static void assertComplete(Command command, Path out) throws IOException {
    if (command.makesProject()) {
      try (ProjectStore store = ProjectStore.openReadOnly(out)) {
        assertEquals(80, store.project().frameCount(), out.toString());
        assertTrue(store.humanMask(0).isPresent(), out + ": frame 0's mask");
      }
    } else {
      assertTrue(ExportManifest.read(out).isPresent(), out + ": the manifest");
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
