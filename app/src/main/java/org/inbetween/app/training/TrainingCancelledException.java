package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * A training task stopped on request, between two steps, after saving its checkpoint. It is a
 * {@link CancellationException}, so every runner treats it as a cancel (the jobs panel shows the
 * job as cancelled); the command line also reads where the run stopped.
 */
public final class TrainingCancelledException extends CancellationException {
  private final long steps;
  private final transient Path checkpoint;

  TrainingCancelledException(long steps, Path checkpoint) {
    super("cancelled at step " + steps + "; checkpoint saved in " + checkpoint);
    this.steps = steps;
    this.checkpoint = checkpoint;
  }

  /** Steps taken in all when the run stopped, including a resumed checkpoint's. */
  public long steps() {
    return steps;
  }

  /** The folder holding the checkpoint saved on cancel (and any best one, in its {@code best}). */
  public Path checkpoint() {
    return checkpoint;
  }
}
