package org.inbetween.app.editing;

/**
 * Turns labels into overlay colours for just the rectangle a tool changed, so that a brush sample
 * on a 1080p frame recolours a few thousand pixels instead of two million.
 *
 * <pre>{@code
 * OverlayPixels overlay = new OverlayPixels(colours);      // colours[id] = 0xAARRGGBB
 * int[] argb = overlay.update(working, dirty);            // dirty.width() x dirty.height()
 * pixelWriter.setPixels(dirty.x(), dirty.y(), ..., argb, 0, dirty.width());
 * }</pre>
 */
public final class OverlayPixels {
  private final int[] colourOf;
  private int[] buffer = new int[0];

  /**
   * @param colourOf ARGB per label, 256 entries; entry 0 (background) is normally transparent
   */
  public OverlayPixels(int[] colourOf) {
    if (colourOf.length != 256) {
      throw new IllegalArgumentException("need 256 colours, got " + colourOf.length);
    }
    this.colourOf = colourOf.clone();
  }

  /**
   * The ARGB pixels of {@code area} of {@code mask}, row-major with stride {@code area.width()}.
   * The array is reused by the next call.
   */
  public int[] update(WorkingMask mask, Rect area) {
    if (buffer.length < area.area()) {
      buffer = new int[area.area()];
    }
    byte[] labels = mask.raw();
    for (int row = 0; row < area.height(); row++) {
      int from = (area.y() + row) * mask.width() + area.x();
      int to = row * area.width();
      for (int col = 0; col < area.width(); col++) {
        buffer[to + col] = colourOf[labels[from + col] & 0xFF];
      }
    }
    return buffer;
  }
}
