package org.inbetween.models.testdata;

import java.util.Random;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;

/**
 * A generated video with known motion: a textured square moving by a fixed step per frame over a
 * static textured background. Its exact masks let tests check where flow-warped masks land.
 */
public final class MovingSquareVideo {
  public static final int WIDTH = 320;
  public static final int HEIGHT = 240;
  public static final int SIDE = 96;
  public static final int START_X = 100;
  public static final int START_Y = 70;

  private final int stepX;
  private final int stepY;
  private final float[] background = smoothNoise(WIDTH, HEIGHT, 11L);
  private final float[] squareTexture = smoothNoise(SIDE, SIDE, 23L);

  public MovingSquareVideo(int stepX, int stepY) {
    this.stepX = stepX;
    this.stepY = stepY;
  }

  public RgbImage frame(int t) {
    byte[] rgb = new byte[WIDTH * HEIGHT * 3];
    for (int y = 0, i = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++, i++) {
        int sx = x - left(t);
        int sy = y - top(t);
        boolean inside = sx >= 0 && sx < SIDE && sy >= 0 && sy < SIDE;
        int value =
            inside ? 40 + (int) (215 * squareTexture[sy * SIDE + sx]) : (int) (160 * background[i]);
        rgb[3 * i] = (byte) value;
        rgb[3 * i + 1] = (byte) (inside ? 255 - value : value);
        rgb[3 * i + 2] = (byte) (value / 2);
      }
    }
    return RgbImage.wrap(WIDTH, HEIGHT, rgb);
  }

  /** The square as object 1 on frame {@code t}. */
  public LabelMask mask(int t) {
    // t may be negative: the position the motion extrapolates to
    boolean[] region = new boolean[WIDTH * HEIGHT];
    for (int y = Math.max(0, top(t)); y < Math.min(HEIGHT, top(t) + SIDE); y++) {
      for (int x = Math.max(0, left(t)); x < Math.min(WIDTH, left(t) + SIDE); x++) {
        region[y * WIDTH + x] = true;
      }
    }
    return Masks.fromBinary(t, WIDTH, HEIGHT, region, 1);
  }

  private int left(int t) {
    return START_X + stepX * t;
  }

  private int top(int t) {
    return START_Y + stepY * t;
  }

  /** Blotches at two scales: texture with structure at every pyramid level DIS looks at. */
  private static float[] smoothNoise(int width, int height, long seed) {
    float[] coarse = valueNoise(width, height, 16, seed);
    float[] fine = valueNoise(width, height, 4, seed + 1);
    float[] out = new float[coarse.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = 0.7f * coarse[i] + 0.3f * fine[i];
    }
    return out;
  }

  /** Random values on a grid of {@code cell} pixels, bilinearly interpolated. */
  private static float[] valueNoise(int width, int height, int cell, long seed) {
    int gw = width / cell + 2;
    int gh = height / cell + 2;
    Random random = new Random(seed);
    float[] grid = new float[gw * gh];
    for (int i = 0; i < grid.length; i++) {
      grid[i] = random.nextFloat();
    }
    float[] out = new float[width * height];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        float fx = (float) x / cell;
        float fy = (float) y / cell;
        int x0 = (int) fx;
        int y0 = (int) fy;
        float ax = fx - x0;
        float ay = fy - y0;
        float top = grid[y0 * gw + x0] * (1 - ax) + grid[y0 * gw + x0 + 1] * ax;
        float bottom = grid[(y0 + 1) * gw + x0] * (1 - ax) + grid[(y0 + 1) * gw + x0 + 1] * ax;
        out[y * width + x] = top * (1 - ay) + bottom * ay;
      }
    }
    return out;
  }
}
