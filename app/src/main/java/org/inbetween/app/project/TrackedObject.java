package org.inbetween.app.project;

import java.util.Objects;

/**
 * One object the annotator follows through the video.
 *
 * @param id the label value in masks, 1..255; stable for the project's life and never reused after
 *     a delete, so that masks written long ago still mean the same object
 * @param name what the annotator calls it
 * @param rgb display colour as 0xRRGGBB (by default the DAVIS palette colour of the id)
 */
public record TrackedObject(int id, String name, int rgb) {
  public TrackedObject {
    if (id < 1 || id > 255) {
      throw new IllegalArgumentException("object id must be 1..255, was " + id);
    }
    Objects.requireNonNull(name, "name");
    if ((rgb & ~0xFFFFFF) != 0) {
      throw new IllegalArgumentException(
          "colour must be 0xRRGGBB, was 0x" + Integer.toHexString(rgb));
    }
  }

  /** The colour as "#rrggbb", as stored in project.json. */
  public String hex() {
    return String.format("#%06x", rgb);
  }
}
