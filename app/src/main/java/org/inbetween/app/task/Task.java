package org.inbetween.app.task;

/**
 * One piece of long-running work (import, pseudo-labelling, training, export), written once and run
 * by any {@link TaskRunner}: the command line, the JavaFX jobs panel, or the calling thread in
 * tests.
 *
 * @param <T> what the work produces
 */
public interface Task<T> {
  /** A short name for progress displays, e.g. "Import bus". */
  String title();

  /** Does the work, reporting to {@code progress} and stopping when it is cancelled. */
  T run(Progress progress) throws Exception;
}
