package org.inbetween.app.ui.tools;

/** Whether the annotator's work has reached the project on disk. */
public enum SaveState {
  /** Every edit is in the project's journal. */
  SAVED,
  /** An edit is being written. */
  SAVING,
  /** The last write failed; the edit is kept in memory and can be retried. */
  ERROR
}
