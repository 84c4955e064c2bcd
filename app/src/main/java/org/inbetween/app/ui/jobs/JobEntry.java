package org.inbetween.app.ui.jobs;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One job as the jobs panel shows it. Its properties change only on the JavaFX thread (the runner
 * marshals every report there), so views bind to them directly.
 */
public final class JobEntry {
  /** The progress value of a job that has not reported a total yet (an indeterminate bar). */
  public static final double UNKNOWN = -1;

  private final String title;
  private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(UNKNOWN);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyObjectWrapper<Duration> eta = new ReadOnlyObjectWrapper<>();
  private final ReadOnlyObjectWrapper<JobState> state =
      new ReadOnlyObjectWrapper<>(JobState.QUEUED);
  private final ReadOnlyBooleanWrapper cancelRequested = new ReadOnlyBooleanWrapper(false);
  private final AtomicBoolean cancelled = new AtomicBoolean();

  JobEntry(String title) {
    this.title = title;
  }

  public String title() {
    return title;
  }

  /** 0..1, or {@link #UNKNOWN}. */
  public ReadOnlyDoubleProperty progressProperty() {
    return progress.getReadOnlyProperty();
  }

  /** What the job says it is doing; after a failure, what went wrong. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The estimated time left; null while unknown and once finished. */
  public ReadOnlyObjectProperty<Duration> etaProperty() {
    return eta.getReadOnlyProperty();
  }

  public ReadOnlyObjectProperty<JobState> stateProperty() {
    return state.getReadOnlyProperty();
  }

  public JobState state() {
    return state.get();
  }

  /** True once the user asked to stop; the job ends at its next safe point. */
  public ReadOnlyBooleanProperty cancelRequestedProperty() {
    return cancelRequested.getReadOnlyProperty();
  }

  /**
   * Asks the job to stop at its next safe point; it then ends as {@link JobState#CANCELLED}. A
   * queued job never starts. Call on the JavaFX thread (the cancel button does).
   */
  public void cancel() {
    cancelled.set(true);
    cancelRequested.set(true);
  }

  /** Read by the worker through {@code Progress.isCancelled()}. */
  boolean isCancelled() {
    return cancelled.get();
  }

  void report(double fraction, String text, Duration remaining) {
    progress.set(fraction);
    message.set(text);
    eta.set(remaining);
  }

  void started() {
    state.set(JobState.RUNNING);
  }

  void finished(JobState end, String text) {
    if (end == JobState.DONE) {
      progress.set(1);
    }
    if (text != null) {
      message.set(text);
    }
    eta.set(null);
    cancelRequested.set(cancelled.get());
    state.set(end);
  }
}
