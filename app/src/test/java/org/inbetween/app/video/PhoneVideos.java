package org.inbetween.app.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.inbetween.models.image.RgbImage;

/**
 * Small videos stored as phones store portrait video: landscape pictures plus a display matrix that
 * turns them. Each picture is blue with a red {@value #MARK}-pixel square in its stored top-left
 * corner, so where that square ends up shows which way a frame was turned.
 */
public final class PhoneVideos {
  /** Stored picture size (landscape). */
  public static final int WIDTH = 32;

  public static final int HEIGHT = 24;
  public static final int MARK = 8;

  private PhoneVideos() {}

  /**
   * A 3-frame H.264 mp4 whose pictures must be turned {@code clockwise} degrees to be upright (the
   * {@code rotate} tag a phone writes; FFmpeg's display matrix holds minus that,
   * counter-clockwise).
   */
  public static Path write(Path dir, int clockwise) throws IOException {
    return TestVideos.write(
        dir.resolve("phone-" + clockwise + ".mp4"),
        TestVideos.h264Mp4(),
        3,
        WIDTH,
        HEIGHT,
        Map.of(),
        -clockwise,
        n -> picture());
  }

  private static byte[] picture() {
    byte[] rgb = new byte[WIDTH * HEIGHT * 3];
    for (int y = 0; y < HEIGHT; y++) {
      for (int x = 0; x < WIDTH; x++) {
        boolean mark = x < MARK && y < MARK;
        rgb[3 * (y * WIDTH + x)] = (byte) (mark ? 230 : 20);
        rgb[3 * (y * WIDTH + x) + 2] = (byte) (mark ? 20 : 230);
      }
    }
    return rgb;
  }

  /**
   * Which corner of {@code image} shows the red mark: "top-left", "top-right", "bottom-left" or
   * "bottom-right"; fails unless exactly one corner is red and the other three blue.
   */
  public static String markedCorner(RgbImage image) {
    String found = null;
    int inset = MARK / 2;
    for (String corner : new String[] {"top-left", "top-right", "bottom-left", "bottom-right"}) {
      int x = corner.endsWith("left") ? inset : image.width() - 1 - inset;
      int y = corner.startsWith("top") ? inset : image.height() - 1 - inset;
      int rgb = image.rgb(x, y);
      int red = rgb >> 16 & 0xFF;
      int blue = rgb & 0xFF;
      if (red > 150 && blue < 100) {
        if (found != null) {
          throw new AssertionError("red in " + found + " and " + corner);
        }
        found = corner;
      } else if (!(blue > 150 && red < 100)) {
        throw new AssertionError(corner + " is neither red nor blue: " + Integer.toHexString(rgb));
      }
    }
    if (found == null) {
      throw new AssertionError("no red corner");
    }
    return found;
  }
}
