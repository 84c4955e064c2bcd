package org.inbetween.app.project.store;

import java.time.Duration;
import java.util.Objects;

/**
 * How often a {@link ProjectStore} checkpoints on its own. Edits are durable the moment they return
 * whatever these say (the journal sees to that); checkpoints only keep the journal short, the PNG
 * files current and opening fast.
 *
 * @param autosave whether to checkpoint in the background at all (close() always does)
 * @param quietPeriod checkpoint this long after the last edit...
 * @param maxDelay ...but no later than this after the first edit not yet checkpointed
 * @param journalLimitBytes ...and promptly once the journal has grown this large
 */
public record StoreOptions(
    boolean autosave, Duration quietPeriod, Duration maxDelay, long journalLimitBytes) {
  public StoreOptions {
    Objects.requireNonNull(quietPeriod, "quietPeriod");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (quietPeriod.isNegative() || maxDelay.isNegative() || journalLimitBytes < 0) {
      throw new IllegalArgumentException("autosave delays and limit must not be negative");
    }
  }

  /**
   * Autosave on: 2 s after the last edit, at most 30 s after the first, or at 32 MiB of journal.
   */
  public static StoreOptions defaults() {
    return new StoreOptions(true, Duration.ofSeconds(2), Duration.ofSeconds(30), 32L << 20);
  }

  /** No background checkpoints; for tests and batch tools that call checkpoint() themselves. */
  public StoreOptions withoutAutosave() {
    return new StoreOptions(false, quietPeriod, maxDelay, journalLimitBytes);
  }

  public StoreOptions withDelays(Duration quiet, Duration max) {
    return new StoreOptions(autosave, quiet, max, journalLimitBytes);
  }
}
