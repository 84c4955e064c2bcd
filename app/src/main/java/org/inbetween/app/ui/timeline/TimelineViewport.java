package org.inbetween.app.ui.timeline;

/**
 * Which frames the timeline shows and how wide each is: the mapping between the time axis and the x
 * coordinate of the lanes' drawing area (0 = left edge of the lanes, after the name gutter).
 *
 * @param firstFrame the frame at the left edge (fractional while scrolled part-way into a frame)
 * @param pixelsPerFrame the zoom; below 1 several frames share a pixel column
 * @param width width of the drawing area in pixels
 * @param frameCount frames in the project
 */
record TimelineViewport(double firstFrame, double pixelsPerFrame, double width, int frameCount) {
  /** The most a frame is ever widened to. */
  static final double MAX_PIXELS_PER_FRAME = 40;

  TimelineViewport {
    if (!(pixelsPerFrame > 0)) {
      throw new IllegalArgumentException("pixels per frame must be > 0, was " + pixelsPerFrame);
    }
  }

  /** The zoom at which the whole video fits {@code width}. */
  static double fitPixelsPerFrame(double width, int frameCount) {
    return Math.min(MAX_PIXELS_PER_FRAME, Math.max(width, 1) / Math.max(frameCount, 1));
  }

  /** The frame under {@code x}, clamped to the video. */
  int frameAt(double x) {
    int frame = (int) Math.floor(firstFrame + x / pixelsPerFrame);
    return Math.max(0, Math.min(frameCount - 1, frame));
  }

  /** The x of the left edge of {@code frame} (may lie outside 0..width). */
  double xOf(double frame) {
    return (frame - firstFrame) * pixelsPerFrame;
  }

  /** First frame with any pixel on screen. */
  int firstVisible() {
    return Math.max(0, (int) Math.floor(firstFrame));
  }

  /** One past the last frame with any pixel on screen. */
  int endVisible() {
    return Math.min(frameCount, (int) Math.ceil(firstFrame + width / pixelsPerFrame));
  }

  /** The largest useful left edge: the video's end lies at the right edge. */
  double maxFirstFrame() {
    return Math.max(0, frameCount - width / pixelsPerFrame);
  }

  /** This viewport zoomed to {@code ppf}, keeping the frame under {@code anchorX} in place. */
  TimelineViewport zoomedAt(double ppf, double anchorX) {
    double fit = fitPixelsPerFrame(width, frameCount);
    double clamped = Math.max(fit, Math.min(MAX_PIXELS_PER_FRAME, ppf));
    double anchorFrame = firstFrame + anchorX / pixelsPerFrame;
    return new TimelineViewport(anchorFrame - anchorX / clamped, clamped, width, frameCount)
        .clamped();
  }

  /** This viewport scrolled so that the left edge is {@code first}, kept inside the video. */
  TimelineViewport scrolledTo(double first) {
    return new TimelineViewport(first, pixelsPerFrame, width, frameCount).clamped();
  }

  /** Scrolled just enough to show {@code frame} whole, with a margin of a tenth of the width. */
  TimelineViewport showing(int frame) {
    double x = xOf(frame);
    double margin = width / 10;
    if (x >= 0 && x + pixelsPerFrame <= width) {
      return this;
    }
    double first =
        x < 0 ? frame - margin / pixelsPerFrame : frame + 1 - (width - margin) / pixelsPerFrame;
    return scrolledTo(first);
  }

  private TimelineViewport clamped() {
    double first = Math.max(0, Math.min(maxFirstFrame(), firstFrame));
    return new TimelineViewport(first, pixelsPerFrame, width, frameCount);
  }
}
