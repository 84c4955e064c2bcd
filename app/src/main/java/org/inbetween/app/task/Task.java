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

  /** The work of {@link #run}, as a lambda. */
  @FunctionalInterface
  interface Body<T> {
    T run(Progress progress) throws Exception;
  }

  /** A task named {@code title} that does {@code body}. */
  static <T> Task<T> of(String title, Body<T> body) {
    return new Task<>() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public T run(Progress progress) throws Exception {
        return body.run(progress);
      }
    };
  }
}
