package org.inbetween.app.video;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.inbetween.models.image.RgbImage;

/**
 * The quarter turn that shows a video upright. Phones store portrait video as landscape pictures
 * plus a display matrix that tells players to turn them; every player and FFmpeg itself apply it,
 * so Inbetween does too, on import, and records it in the project ({@code sourceRotation}) so that
 * frames and masks stay aligned whatever later versions detect.
 *
 * <p>Angles here are clockwise degrees, 0, 90, 180 or 270, as the {@code rotate} tag phones write:
 * 90 turns the stored picture's top-left corner to the top-right.
 */
public final class FrameRotation {
  private FrameRotation() {}

  /**
   * @throws IllegalArgumentException unless {@code degrees} is 0, 90, 180 or 270
   */
  public static int check(int degrees) {
    if (degrees != 0 && degrees != 90 && degrees != 180 && degrees != 270) {
      throw new IllegalArgumentException(
          "a rotation must be 0, 90, 180 or 270 degrees clockwise, was " + degrees);
    }
    return degrees;
  }

  /**
   * The clockwise turn a display matrix asks for. FFmpeg reports the matrix as an angle
   * counter-clockwise in [-180, 180] ({@code av_display_rotation_get}, JavaCV's {@code
   * getDisplayRotation()}), NaN or 0 when there is none.
   */
  static int fromDisplayMatrix(double counterClockwise) {
    if (Double.isNaN(counterClockwise) || Double.isInfinite(counterClockwise)) {
      return 0;
    }
    long quarters = Math.round(-counterClockwise / 90.0);
    return (int) Math.floorMod(quarters * 90, 360L);
  }

  /**
   * What the user is told on import when the display matrix turns the pictures: that they are
   * turned, and when it asks for something other than quarter turns (all that can be applied
   * without resampling), that the nearest quarter turn is used.
   */
  static Optional<String> note(Path file, double counterClockwise) {
    int turned = fromDisplayMatrix(counterClockwise);
    double clockwise = Double.isFinite(counterClockwise) ? -counterClockwise : 0;
    if (Math.abs(clockwise - Math.round(clockwise / 90.0) * 90.0) >= 0.5) {
      return Optional.of(
          String.format(
              Locale.ROOT,
              "%s: the video asks to be shown turned %.1f degrees; it is turned %d degrees"
                  + " clockwise, the nearest quarter turn",
              file,
              clockwise,
              turned));
    }
    if (turned == 0) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "%s: stored sideways with a display matrix (as phones do); its frames are turned %d"
                + " degrees clockwise to show upright, as players show them",
            file,
            turned));
  }

  /** {@code image} turned {@code clockwise} degrees (0, 90, 180 or 270). */
  public static RgbImage rotate(RgbImage image, int clockwise) {
    check(clockwise);
    if (clockwise == 0) {
      return image;
    }
    int w = image.width();
    int h = image.height();
    byte[] in = image.bytes();
    boolean quarter = clockwise != 180;
    int outWidth = quarter ? h : w;
    int outHeight = quarter ? w : h;
    byte[] out = new byte[in.length];
    for (int y = 0; y < outHeight; y++) {
      for (int x = 0; x < outWidth; x++) {
        int source =
            switch (clockwise) {
              case 90 -> (h - 1 - x) * w + y;
              case 180 -> (h - 1 - y) * w + (w - 1 - x);
              default -> x * w + (w - 1 - y);
            };
        int target = y * outWidth + x;
        out[3 * target] = in[3 * source];
        out[3 * target + 1] = in[3 * source + 1];
        out[3 * target + 2] = in[3 * source + 2];
      }
    }
    return RgbImage.wrap(outWidth, outHeight, out);
  }
}
