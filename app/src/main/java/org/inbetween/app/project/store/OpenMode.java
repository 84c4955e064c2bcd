package org.inbetween.app.project.store;

/**
 * How a project is opened: for editing; for reading only (nothing in the folder is written, so a
 * read-only folder can still be exported); or for editing after a person chose to recover a damaged
 * or missing journal, setting aside what cannot be read.
 */
enum OpenMode {
  WRITE,
  READ_ONLY,
  RECOVER;

  boolean writes() {
    return this != READ_ONLY;
  }
}
