package org.inbetween.app.ui.jobs;

/** Where a job stands; the last three are final. */
public enum JobState {
  /** Waiting for a free worker (the pool is bounded). */
  QUEUED,
  RUNNING,
  DONE,
  FAILED,
  CANCELLED;

  public boolean isFinished() {
    return this == DONE || this == FAILED || this == CANCELLED;
  }
}
