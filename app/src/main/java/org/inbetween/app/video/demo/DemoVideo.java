package org.inbetween.app.video.demo;

import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * The built-in demo video: 640x360, 25 fps, 150 frames (6 s) of three textured objects over a
 * slowly panning textured background, with exact ground-truth masks.
 *
 * <p>It lets the application open, label and be tested with no file at all. Everything is a pure
 * function of the seed and the frame index, so {@code frame(n)} costs the same for every n and two
 * instances with the same seed produce identical pixels. The objects are chosen to exercise a
 * labeller: object 1 (red ellipse) stays, object 2 (green rounded pentagon) leaves the frame on the
 * right around frame 100, object 3 (violet star) enters from the right around frame 50, and they
 * occlude each other (depth order back to front: 3, 1, 2).
 *
 * <pre>{@code
 * try (DemoVideo demo = new DemoVideo()) {
 *   RgbImage frame = demo.frame(42);
 *   LabelMask truth = demo.groundTruth(42);
 * }
 * }</pre>
 */
public final class DemoVideo implements FrameSource {
  public static final int WIDTH = 640;
  public static final int HEIGHT = 360;
  public static final int FRAME_COUNT = 150;
  public static final double FPS = 25;

  /** The seed of {@link #DemoVideo()}: the demo everyone sees. */
  public static final long DEFAULT_SEED = 20261124L;

  private final DemoScene scene;

  /** The standard demo. */
  public DemoVideo() {
    this(DEFAULT_SEED);
  }

  /** A demo with other textures; the shapes and paths are the same for every seed. */
  public DemoVideo(long seed) {
    this.scene = new DemoScene(WIDTH, HEIGHT, FRAME_COUNT, seed);
  }

  @Override
  public String description() {
    return "demo";
  }

  @Override
  public int frameCount() {
    return FRAME_COUNT;
  }

  @Override
  public int width() {
    return WIDTH;
  }

  @Override
  public int height() {
    return HEIGHT;
  }

  @Override
  public double fps() {
    return FPS;
  }

  @Override
  public RgbImage frame(int index) {
    checkIndex(index);
    return RgbImage.wrap(WIDTH, HEIGHT, scene.pixels(index, scene.labels(index)));
  }

  /**
   * The exact mask of frame {@code index}: ids 1..3, each pixel labelled with the front-most object
   * drawn there, pixel for pixel what {@link #frame} shows.
   */
  public LabelMask groundTruth(int index) {
    checkIndex(index);
    return Masks.fromLabels(index, WIDTH, HEIGHT, scene.labels(index));
  }

  /** Package-private view of the scene for tests that check occlusion against the outlines. */
  DemoScene scene() {
    return scene;
  }

  private static void checkIndex(int index) {
    if (index < 0 || index >= FRAME_COUNT) {
      throw new IndexOutOfBoundsException(
          "the demo video has frames 0.." + (FRAME_COUNT - 1) + ", not " + index);
    }
  }

  /** Nothing to release: the demo holds no native state. */
  @Override
  public void close() {}
}
