package org.inbetween.app.project;

/** What a project's frames are read from. */
public enum SourceKind {
  /** One video file decoded with FFmpeg. */
  VIDEO_FILE,
  /** A folder of numbered images (DAVIS style). */
  IMAGE_FOLDER,
  /** The generated demo sequence; no file at all. */
  DEMO
}
