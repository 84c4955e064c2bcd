package org.inbetween.app.project;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a project's frames come from, with a fingerprint that tells whether the file at that place
 * is still the one that was labelled (a re-encoded video would shift every mask).
 *
 * @param kind video file, image folder or demo
 * @param path relative to the project folder (with '/') when the source lies inside it, otherwise
 *     absolute; empty for the demo
 * @param sizeBytes the file's size, or the sum of the folder's file sizes; 0 for the demo
 * @param sha256 lowercase hex SHA-256 of the file's bytes, or of the folder's listing (see
 *     docs/formats.md); empty for the demo
 */
public record SourceRef(SourceKind kind, String path, long sizeBytes, String sha256) {
  public SourceRef {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(sha256, "sha256");
    if (sizeBytes < 0) {
      throw new IllegalArgumentException("source size must be >= 0, was " + sizeBytes);
    }
    if (kind != SourceKind.DEMO && path.isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " source needs a path");
    }
  }

  /** The demo source, which has no file. */
  public static SourceRef demo() {
    return new SourceRef(SourceKind.DEMO, "", 0, "");
  }

  /** The source's absolute location, resolving a relative path against the project folder. */
  public Path resolve(Path projectDir) {
    return projectDir.resolve(path).toAbsolutePath().normalize();
  }
}
