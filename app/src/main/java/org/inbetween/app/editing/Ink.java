package org.inbetween.app.editing;

/**
 * What a tool does to each pixel it covers: paint an object, or erase.
 *
 * <p>Painting sets the pixel to the object whatever it held before (one label per pixel: painting
 * object A takes the pixel from object B). Erasing normally clears only the current object's pixels
 * ({@link #erase}), so that rubbing along a boundary never eats into the neighbour; {@link
 * #eraseAll} (the eraser with Shift) clears every object.
 *
 * @param label the value written, 0 for background
 * @param onlyOver the only label that gets replaced, or {@link #ANY}
 */
public record Ink(int label, int onlyOver) {
  /** {@link #onlyOver} value meaning "whatever the pixel holds". */
  public static final int ANY = -1;

  public Ink {
    if (label < 0 || label > 255) {
      throw new IllegalArgumentException("label must be 0..255, was " + label);
    }
    if (onlyOver < ANY || onlyOver > 255) {
      throw new IllegalArgumentException("onlyOver must be ANY or 0..255, was " + onlyOver);
    }
  }

  /** Paints {@code objectId} over anything. */
  public static Ink paint(int objectId) {
    return new Ink(objectId, ANY);
  }

  /** Turns {@code objectId}'s pixels into background and leaves other objects alone. */
  public static Ink erase(int objectId) {
    return new Ink(0, objectId);
  }

  /** Turns every object's pixels into background. */
  public static Ink eraseAll() {
    return new Ink(0, ANY);
  }

  /** True if a pixel holding {@code current} would change. */
  public boolean changes(int current) {
    return current != label && (onlyOver == ANY || current == onlyOver);
  }
}
