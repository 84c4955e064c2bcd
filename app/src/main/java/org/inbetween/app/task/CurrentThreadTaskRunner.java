package org.inbetween.app.task;

/** Runs a task on the calling thread with a monitor that is never cancelled: for tests. */
public final class CurrentThreadTaskRunner implements TaskRunner {
  @Override
  public <T> T run(Task<T> task) throws Exception {
    return task.run(Progress.NONE);
  }
}
