package org.inbetween.app.project.store.crash;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * THE crash test: a child JVM streams edits into a project and acknowledges each one; this test
 * kills it with SIGKILL at random (seeded) moments, reopens the project and demands that it opens
 * and holds every acknowledged edit with exact content. The one edit in flight at the kill may or
 * may not have landed; nothing else may differ. A read-only open (what info and export use) of the
 * killed project, before anything repairs it, must see exactly the same.
 */
class CrashTest {
  private static final long SEED = 20261124L;
  private static final int[] QUIET_MILLIS = {0, 3, 15, 60};

  @TempDir Path tmp;

  @Test
  void acknowledgedEditsSurviveKillNine() throws Exception {
    runRounds(1, 25, 300);
  }

  @Test
  @Tag("slow")
  void acknowledgedEditsSurviveManyKills() throws Exception {
    runRounds(8, 25, 900);
  }

  private void runRounds(int rounds, int killsPerRound, int maxDelayMillis) throws Exception {
    Random random = new Random(SEED);
    System.out.println(
        "store crash soak: seed " + SEED + ", " + rounds + " x " + killsPerRound + " kills");
    for (int round = 0; round < rounds; round++) {
      Path dir = tmp.resolve("round" + round);
      try (ProjectStore store = ProjectStore.create(dir, CrashSchedule.spec())) {
        store.addObject("first");
      }
      CrashSchedule.Observed expected = CrashSchedule.Observed.empty();
      expected.objects().add("first");
      long next = 1;
      for (int kill = 0; kill < killsPerRound; kill++) {
        int quiet = QUIET_MILLIS[random.nextInt(QUIET_MILLIS.length)];
        int delay = random.nextInt(maxDelayMillis);
        long lastAck = runAndKill(dir, next, quiet, delay);
        for (long k = next; k <= lastAck; k++) {
          CrashSchedule.apply(expected, k);
        }
        expected = reconcile(dir, expected, lastAck + 1, "kill " + kill + " of round " + round);
        next = lastAck + 2;
      }
    }
  }

  /**
   * Starts the writer at edit {@code first}, kills it {@code delay} ms after its first ack, and
   * returns the last edit it acknowledged. Its stdout goes to a file, which keeps every line the
   * writer got out before it died (a pipe would be closed by destroyForcibly).
   */
  private long runAndKill(Path dir, long first, int quiet, int delay) throws Exception {
    Path stdout = tmp.resolve("writer-stdout.txt");
    Path stderr = tmp.resolve("writer-stderr.txt");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java.toString(),
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                CrashWriterMain.class.getName(),
                dir.toString(),
                Long.toString(first),
                Integer.toString(quiet))
            .redirectOutput(stdout.toFile())
            .redirectError(stderr.toFile());
    Process process = builder.start();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (Files.size(stdout) == 0 && process.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    if (!process.isAlive() || Files.size(stdout) == 0) {
      process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      fail("writer made no edit: " + Files.readString(stderr));
    }
    Thread.sleep(delay);
    process.destroyForcibly();
    assertTrue(process.waitFor(30, TimeUnit.SECONDS), "writer did not die");
    assertTrue(process.exitValue() != 0, "writer stopped by itself: " + Files.readString(stderr));
    long lastAck = first - 1;
    for (String line : Files.readAllLines(stdout)) {
      lastAck = Math.max(lastAck, ackOf(line));
    }
    return lastAck;
  }

  private static long ackOf(String line) {
    String[] parts = line.split(" ");
    if (parts.length != 2 || !(parts[0].equals("ACK") || parts[0].equals("SKIP"))) {
      return Long.MIN_VALUE;
    }
    return Long.parseLong(parts[1]);
  }

  /**
   * Opens the killed project and compares it with the expected contents, with and without the edit
   * that was in flight; returns the one that matched.
   */
  private static CrashSchedule.Observed reconcile(
      Path dir, CrashSchedule.Observed expected, long inFlight, String when) throws IOException {
    CrashSchedule.Observed actual;
    CrashSchedule.Observed read;
    try (ProjectStore reader = ProjectStore.openReadOnly(dir)) {
      read = CrashSchedule.Observed.of(reader);
    }
    try (ProjectStore store = ProjectStore.open(dir, StoreOptions.defaults().withoutAutosave())) {
      actual = CrashSchedule.Observed.of(store);
    }
    assertEquals(actual, read, when + ": reading only (info, export) sees what opening sees");
    if (actual.equals(expected)) {
      return expected;
    }
    CrashSchedule.Observed withInFlight = expected.copy();
    CrashSchedule.apply(withInFlight, inFlight);
    if (actual.equals(withInFlight)) {
      return withInFlight;
    }
    assertEquals(expected.objects(), actual.objects(), when + ": objects");
    assertEquals(expected.states(), actual.states(), when + ": frame states");
    assertEquals(expected.absent(), actual.absent(), when + ": absent marks");
    assertEquals(expected.reviews(), actual.reviews(), when + ": reviews");
    assertEquals(expected.addedKeyframes(), actual.addedKeyframes(), when + ": keyframe marks");
    assertEquals(expected.removedKeyframes(), actual.removedKeyframes(), when + ": unmarks");
    assertEquals(expected.pseudoProvenance(), actual.pseudoProvenance(), when + ": provenance");
    assertEquals(expected.pseudo().keySet(), actual.pseudo().keySet(), when + ": pseudo frames");
    assertEquals(expected.human().keySet(), actual.human().keySet(), when + ": human frames");
    List<Integer> differing =
        expected.human().keySet().stream()
            .filter(f -> !expected.human().get(f).equals(actual.human().get(f)))
            .toList();
    fail(when + ": human masks differ on frames " + differing);
    return expected;
  }
}
