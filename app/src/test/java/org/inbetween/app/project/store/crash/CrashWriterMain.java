package org.inbetween.app.project.store.crash;

import java.nio.file.Path;
import java.time.Duration;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;

/**
 * The process the crash test kills: opens the project and performs the scheduled edits k = start,
 * start+1, ... forever, printing "ACK k" after each call returns (or "SKIP k" where the schedule
 * says to skip). Arguments: project folder, first k, autosave quiet period in milliseconds.
 */
public final class CrashWriterMain {
  private CrashWriterMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long k = Long.parseLong(args[1]);
    Duration quiet = Duration.ofMillis(Long.parseLong(args[2]));
    StoreOptions options = StoreOptions.defaults().withDelays(quiet, quiet.multipliedBy(4));
    ProjectStore store = ProjectStore.open(dir, options);
    for (; ; k++) {
      boolean done = CrashSchedule.perform(store, k);
      System.out.println((done ? "ACK " : "SKIP ") + k);
      System.out.flush();
    }
  }
}
