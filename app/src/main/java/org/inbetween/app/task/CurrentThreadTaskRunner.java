package org.inbetween.app.task;

/**
 * Runs a task on the calling thread: for tests and scripts. By default with a monitor that is never
 * cancelled; a test that watches the reports, or cancels, passes its own.
 */
public final class CurrentThreadTaskRunner implements TaskRunner {
  private final Progress progress;

  public CurrentThreadTaskRunner() {
    this(Progress.NONE);
  }

  public CurrentThreadTaskRunner(Progress progress) {
    this.progress = progress;
  }

  @Override
  public <T> T run(Task<T> task) throws Exception {
    return task.run(progress);
  }
}
