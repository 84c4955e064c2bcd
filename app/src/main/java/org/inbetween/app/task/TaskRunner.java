package org.inbetween.app.task;

/**
 * Runs {@link Task}s. One abstraction, several runners: {@link CurrentThreadTaskRunner} for tests
 * and scripts, a console runner for the CLI (progress on stderr, Ctrl+C cancels), and a JavaFX
 * runner for the jobs panel. No other code starts threads for long work.
 */
public interface TaskRunner {
  /** Runs {@code task} and returns its result, or throws what it threw. */
  <T> T run(Task<T> task) throws Exception;
}
