package org.inbetween.app.project;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's statement that an object is not visible on a frame. Distinct from "not labelled yet":
 * an empty mask says nothing, an absent mark is ground truth (the object left the view, or is
 * hidden).
 */
public record AbsentMark(int objectId, String author, Instant time) {
  public AbsentMark {
    Objects.requireNonNull(author, "author");
    Objects.requireNonNull(time, "time");
  }
}
