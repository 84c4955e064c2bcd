package org.inbetween.app.video.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.function.IntBinaryOperator;

/**
 * Draws frame n of the demo and its exact ground truth.
 *
 * <p>The object outlines are rasterised once per frame by Java2D, without antialiasing, into a
 * label map (front-most object wins); the frame is then coloured pixel by pixel from that same map:
 * background texture where the label is 0, object k's texture where it is k. The mask therefore
 * agrees with the picture exactly, including along edges and where objects occlude each other.
 */
final class DemoScene {
  /** Lattice spacing of the background noise, in pixels. */
  private static final double BACKGROUND_GRAIN = 48;

  private final int width;
  private final int height;
  private final int frameCount;
  private final ValueNoise background;
  private final List<DemoObject> backToFront;

  DemoScene(int width, int height, int frameCount, long seed) {
    this.width = width;
    this.height = height;
    this.frameCount = frameCount;
    this.background = new ValueNoise(seed);
    this.backToFront = DemoCast.backToFront(seed, frameCount);
  }

  /** The objects from back to front, for tests that check occlusion against the outlines. */
  List<DemoObject> objects() {
    return backToFront;
  }

  /** Row-major object ids of {@code frame}: 0 background, else the front-most object. */
  byte[] labels(int frame) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = canvas.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
      for (DemoObject object : backToFront) {
        g.setColor(new Color(object.id()));
        g.fill(object.shapeAt(frame));
      }
    } finally {
      g.dispose();
    }
    int[] ids = canvas.getRGB(0, 0, width, height, null, 0, width);
    byte[] labels = new byte[ids.length];
    for (int i = 0; i < ids.length; i++) {
      labels[i] = (byte) ids[i];
    }
    return labels;
  }

  /** Interleaved RGB bytes of {@code frame}, coloured from {@code labels} (see {@link #labels}). */
  byte[] pixels(int frame, byte[] labels) {
    IntBinaryOperator[] textures = new IntBinaryOperator[backToFront.size() + 1];
    for (DemoObject object : backToFront) {
      textures[object.id()] = object.textureAt(frame);
    }
    double phase = 2 * Math.PI * frame / frameCount;
    double panX = 1.6 * frame;
    double panY = 18 * Math.sin(phase);
    byte[] rgb = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = y * width + x;
        int id = labels[i];
        int colour =
            id == 0
                ? ColourRamp.SLATE.at(backgroundShade(x + panX, y + panY))
                : textures[id].applyAsInt(x, y);
        rgb[3 * i] = (byte) (colour >> 16);
        rgb[3 * i + 1] = (byte) (colour >> 8);
        rgb[3 * i + 2] = (byte) colour;
      }
    }
    return rgb;
  }

  /** Noise stretched around its mean: summed octaves bunch up near 0.5 and would look flat. */
  private double backgroundShade(double x, double y) {
    double noise = background.fractal(x / BACKGROUND_GRAIN, y / BACKGROUND_GRAIN);
    return 0.5 + 1.6 * (noise - 0.5);
  }
}
