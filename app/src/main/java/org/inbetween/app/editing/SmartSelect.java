package org.inbetween.app.editing;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.GC_INIT_WITH_MASK;
import static org.bytedeco.opencv.global.opencv_imgproc.grabCut;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.opencv_core.Mat;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * "Smart select": OpenCV GrabCut (Rother et al. 2004: colour GMMs plus a graph cut) seeded by a box
 * or by strokes, refining one object's mask.
 *
 * <p>Runs on a region of interest around the seeds only, so the cost follows the object's size, not
 * the frame's. Takes a second or so on a large object: call it off the UI thread.
 *
 * <pre>{@code
 * LabelMask refined = SmartSelect.fromRectangle(frame, mask, busId, new Rect(40, 60, 500, 300));
 * }</pre>
 */
public final class SmartSelect {
  /** Label of "this is the object" strokes in a scribble mask. */
  public static final int FOREGROUND_MARK = 1;

  /** Label of "this is not the object" strokes in a scribble mask. */
  public static final int BACKGROUND_MARK = 2;

  /** GrabCut rounds; the result barely changes after about five. */
  static final int ITERATIONS = 5;

  private SmartSelect() {}

  /** {@code current} with {@code objectId} refined inside {@code box}; elsewhere unchanged. */
  public static LabelMask fromRectangle(RgbImage image, LabelMask current, int objectId, Rect box) {
    return run(image, current, objectId, GrabCutSeeds.rectangle(current, objectId, box));
  }

  /**
   * {@code current} with {@code objectId} refined around the strokes in {@code marks} ({@link
   * #FOREGROUND_MARK}, {@link #BACKGROUND_MARK}, 0 elsewhere).
   */
  public static LabelMask fromScribbles(
      RgbImage image, LabelMask current, int objectId, LabelMask marks) {
    return run(image, current, objectId, GrabCutSeeds.scribbles(current, objectId, marks));
  }

  private static LabelMask run(
      RgbImage image, LabelMask current, int objectId, GrabCutSeeds seeds) {
    if (image.width() != current.width() || image.height() != current.height()) {
      throw new IllegalArgumentException(image + " does not match the mask " + current);
    }
    byte[] classes = segment(crop(image, seeds.roi()), seeds);
    WorkingMask out = WorkingMask.of(current);
    Rect roi = seeds.roi();
    Ink object = Ink.paint(objectId);
    Ink none = Ink.erase(objectId);
    for (int y = seeds.writable().y(); y < seeds.writable().endY(); y++) {
      for (int x = seeds.writable().x(); x < seeds.writable().endX(); x++) {
        byte c = classes[(y - roi.y()) * roi.width() + (x - roi.x())];
        boolean foreground =
            c == GrabCutSeeds.SURE_FOREGROUND || c == GrabCutSeeds.PROBABLE_FOREGROUND;
        out.paintSpan(y, x, x, foreground ? object : none);
      }
    }
    return out.snapshot();
  }

  /** Runs GrabCut on the cropped pixels and returns the final class of each roi pixel. */
  private static byte[] segment(byte[] pixels, GrabCutSeeds seeds) {
    Rect roi = seeds.roi();
    byte[] classes = seeds.classes().clone();
    try (PointerScope scope = new PointerScope()) {
      Mat picture = new Mat(roi.height(), roi.width(), CV_8UC3);
      picture.data().put(pixels);
      Mat mask = new Mat(roi.height(), roi.width(), CV_8UC1);
      mask.data().put(classes);
      grabCut(
          picture,
          mask,
          new org.bytedeco.opencv.opencv_core.Rect(),
          new Mat(),
          new Mat(),
          ITERATIONS,
          GC_INIT_WITH_MASK);
      mask.data().get(classes);
    }
    return classes;
  }

  /** The roi's pixels, interleaved; GrabCut's colour models do not care about channel order. */
  private static byte[] crop(RgbImage image, Rect roi) {
    byte[] all = image.bytes();
    byte[] out = new byte[roi.area() * 3];
    for (int y = 0; y < roi.height(); y++) {
      System.arraycopy(
          all,
          ((roi.y() + y) * image.width() + roi.x()) * 3,
          out,
          y * roi.width() * 3,
          roi.width() * 3);
    }
    return out;
  }
}
