package org.inbetween.app.editing;

import org.inbetween.models.image.LabelMask;

/**
 * What GrabCut starts from: a label per pixel of a region of interest in OpenCV's four classes
 * (sure/probable background/foreground), and the part of that region the result may change.
 *
 * <p>The current object's pixels start as probable foreground, so smart select refines the mask the
 * annotator already has instead of starting over; other objects' pixels are sure background, so
 * smart select never takes pixels from another object on its own.
 *
 * @param roi the region GrabCut sees (seeds plus a ring of context for the colour models)
 * @param writable the part of the roi whose result is written back
 * @param classes one OpenCV GrabCut class per roi pixel, row-major
 */
record GrabCutSeeds(Rect roi, Rect writable, byte[] classes) {
  static final byte SURE_BACKGROUND = 0;
  static final byte SURE_FOREGROUND = 1;
  static final byte PROBABLE_BACKGROUND = 2;
  static final byte PROBABLE_FOREGROUND = 3;

  /** Context around the seeds: enough background for a colour model, little enough to be fast. */
  private static int margin(Rect box) {
    return Math.max(16, Math.max(box.width(), box.height()) / 4);
  }

  /**
   * Seeds from a box drawn around the object: outside it is background; inside, the object's pixels
   * are probable foreground and the rest probable background, or all probable foreground when the
   * object has no pixels there yet (GrabCut needs both classes).
   */
  static GrabCutSeeds rectangle(LabelMask current, int objectId, Rect box) {
    Rect inside = box.grownWithin(0, current.width(), current.height());
    if (inside.area() < 4) {
      throw new IllegalArgumentException("the smart-select box is too small: " + box);
    }
    Rect roi = inside.grownWithin(margin(inside), current.width(), current.height());
    boolean objectInside = countInside(current, objectId, inside) > 0;
    byte[] classes = new byte[roi.area()];
    int i = 0;
    for (int y = roi.y(); y < roi.endY(); y++) {
      for (int x = roi.x(); x < roi.endX(); x++, i++) {
        int label = current.label(x, y);
        if (label == objectId) {
          classes[i] = PROBABLE_FOREGROUND;
        } else if (label != 0 || !inside.contains(x, y)) {
          classes[i] = SURE_BACKGROUND;
        } else {
          classes[i] = objectInside ? PROBABLE_BACKGROUND : PROBABLE_FOREGROUND;
        }
      }
    }
    return checked(new GrabCutSeeds(roi, inside, classes));
  }

  /**
   * Seeds from strokes: {@code marks} holds {@link SmartSelect#FOREGROUND_MARK} where the annotator
   * said "this is the object" and {@link SmartSelect#BACKGROUND_MARK} where "this is not"; the
   * region is the object plus the strokes, with a ring of context.
   */
  static GrabCutSeeds scribbles(LabelMask current, int objectId, LabelMask marks) {
    if (marks.width() != current.width() || marks.height() != current.height()) {
      throw new IllegalArgumentException("scribbles of " + marks + " do not fit " + current);
    }
    Rect extent =
        Rect.extentOf(current, objectId).union(Rect.extentOf(marks, SmartSelect.FOREGROUND_MARK));
    extent = extent.union(Rect.extentOf(marks, SmartSelect.BACKGROUND_MARK));
    Rect roi = extent.grownWithin(margin(extent), current.width(), current.height());
    byte[] classes = new byte[roi.area()];
    int i = 0;
    for (int y = roi.y(); y < roi.endY(); y++) {
      for (int x = roi.x(); x < roi.endX(); x++, i++) {
        int mark = marks.label(x, y);
        int label = current.label(x, y);
        if (mark == SmartSelect.FOREGROUND_MARK) {
          classes[i] = SURE_FOREGROUND;
        } else if (mark == SmartSelect.BACKGROUND_MARK || (label != 0 && label != objectId)) {
          classes[i] = SURE_BACKGROUND;
        } else {
          classes[i] = label == objectId ? PROBABLE_FOREGROUND : PROBABLE_BACKGROUND;
        }
      }
    }
    return checked(new GrabCutSeeds(roi, roi, classes));
  }

  private static GrabCutSeeds checked(GrabCutSeeds seeds) {
    boolean foreground = false;
    boolean background = false;
    for (byte c : seeds.classes) {
      foreground |= c == SURE_FOREGROUND || c == PROBABLE_FOREGROUND;
      background |= c == SURE_BACKGROUND || c == PROBABLE_BACKGROUND;
    }
    if (!foreground) {
      throw new IllegalArgumentException(
          "smart select needs some object: draw a foreground stroke or a box around it");
    }
    if (!background) {
      throw new IllegalArgumentException(
          "smart select needs some background: draw a background stroke or a larger box");
    }
    return seeds;
  }

  private static int countInside(LabelMask mask, int label, Rect box) {
    int count = 0;
    for (int y = box.y(); y < box.endY(); y++) {
      for (int x = box.x(); x < box.endX(); x++) {
        count += mask.label(x, y) == label ? 1 : 0;
      }
    }
    return count;
  }
}
