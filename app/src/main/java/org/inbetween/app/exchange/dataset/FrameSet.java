package org.inbetween.app.exchange.dataset;

import java.util.Locale;

/**
 * Which frames of a sequence an export writes an image for. Training code reads a dataset in one of
 * two ways: some loaders walk the annotations and look the frames up by name (sparse labels are
 * fine), others list the frame images and open the mask of the same name, or pair the two sorted
 * lists by position (every image needs its mask). A sequence labelled on keyframes only suits the
 * first kind as {@link #ALL} and the second kind only as {@link #LABELLED}.
 */
public enum FrameSet {
  /** Dense: every frame's image, with a mask only where the frame has a label. */
  ALL,
  /** Sparse: only the frames that have a label, so every image has the mask of the same name. */
  LABELLED;

  /** The set called {@code name} ("all" or "labelled", any case). */
  public static FrameSet byName(String name) {
    return switch (name.trim().toLowerCase(Locale.ROOT)) {
      case "all" -> ALL;
      case "labelled", "labeled" -> LABELLED;
      default ->
          throw new IllegalArgumentException(
              "--frames must be all or labelled, was \"" + name + "\"");
    };
  }
}
