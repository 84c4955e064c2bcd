package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.inbetween.models.image.RgbImage;

/**
 * Writes test videos with the {@code ffmpeg} command-line tool, which (unlike JavaCV's bundled
 * non-GPL FFmpeg) has libx264 and libx265 and so can make H.264/H.265 streams with B-frames.
 *
 * <p>Every frame shows a moving texture and, in its top band, its own frame number as 16
 * black/white blocks ({@link #frameNumberShownIn}), so a wrong frame is obvious even after lossy
 * coding. Where ffmpeg is missing the calling test fails (never skips) and says how to install it.
 */
public final class TestVideos {
  public static final int WIDTH = 160;
  public static final int HEIGHT = 120;
  private static final int BITS = 16;
  private static final int BLOCK = WIDTH / BITS;
  private static final int BAND = 16;

  private TestVideos() {}

  /** A codec in a container, with the ffmpeg options that make it hard to seek in. */
  public record Format(String name, String extension, List<String> encoderOptions) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final List<String> X264 =
      List.of(
          "-c:v",
          "libx264",
          "-preset",
          "veryfast",
          "-bf",
          "3",
          "-g",
          "40",
          "-keyint_min",
          "40",
          "-sc_threshold",
          "0",
          "-crf",
          "18",
          "-pix_fmt",
          "yuv420p");
  private static final List<String> X265 =
      List.of(
          "-c:v",
          "libx265",
          "-preset",
          "ultrafast",
          "-x265-params",
          "bframes=3:keyint=40:min-keyint=40:scenecut=0:open-gop=1:log-level=error",
          "-crf",
          "18",
          "-pix_fmt",
          "yuv420p");
  private static final List<String> VP9 =
      List.of(
          "-c:v",
          "libvpx-vp9",
          "-deadline",
          "good",
          "-cpu-used",
          "8",
          "-g",
          "40",
          "-auto-alt-ref",
          "1",
          "-lag-in-frames",
          "16",
          "-b:v",
          "800k",
          "-pix_fmt",
          "yuv420p");
  private static final List<String> MPEG4 =
      List.of("-c:v", "mpeg4", "-bf", "2", "-g", "40", "-q:v", "2", "-pix_fmt", "yuv420p");

  /** The codec/container pairs the video source must seek in exactly. */
  public static List<Format> formats() {
    return List.of(
        new Format("h264-mp4", "mp4", X264),
        new Format("h264-mkv", "mkv", X264),
        new Format("h264-mov", "mov", X264),
        new Format("h264-avi", "avi", X264),
        new Format("h265-mp4", "mp4", X265),
        new Format("h265-mkv", "mkv", X265),
        new Format("h265-mov", "mov", X265),
        new Format("vp9-webm", "webm", VP9),
        new Format("vp9-mkv", "mkv", VP9),
        new Format("mpeg4-avi", "avi", MPEG4),
        new Format("mpeg4-mp4", "mp4", MPEG4));
  }

  public static Format h264Mp4() {
    return formats().get(0);
  }

  /** Encodes {@code frames} generated frames at 25 fps into {@code dir}. */
  public static Path write(Path dir, Format format, int frames, List<String> extraOptions)
      throws IOException, InterruptedException {
    return write(
        dir.resolve(format.name() + "." + format.extension()),
        format,
        frames,
        WIDTH,
        HEIGHT,
        extraOptions);
  }

  public static Path write(
      Path file, Format format, int frames, int width, int height, List<String> extraOptions)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                ffmpeg(),
                "-hide_banner",
                "-loglevel",
                "error",
                "-y",
                "-f",
                "rawvideo",
                "-pix_fmt",
                "rgb24",
                "-s",
                width + "x" + height,
                "-r",
                "25",
                "-i",
                "-"));
    command.addAll(format.encoderOptions());
    command.addAll(extraOptions);
    command.add(file.toString());
    Path log = Files.createTempFile(file.getParent(), "ffmpeg", ".log");
    Process process =
        new ProcessBuilder(command)
            .redirectError(log.toFile())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    try (OutputStream in = process.getOutputStream()) {
      for (int n = 0; n < frames; n++) {
        in.write(pattern(n, width, height));
      }
    }
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      fail("ffmpeg could not write " + file + ": " + Files.readString(log));
    }
    return file;
  }

  /** Runs ffmpeg with the given arguments (e.g. to make an audio-only file). */
  public static void run(Path workDir, String... arguments)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(List.of(ffmpeg(), "-hide_banner", "-loglevel", "error", "-y"));
    command.addAll(List.of(arguments));
    Path log = Files.createTempFile(workDir, "ffmpeg", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      fail("ffmpeg " + String.join(" ", arguments) + " failed: " + Files.readString(log));
    }
  }

  private static String ffmpeg() {
    try {
      Process probe =
          new ProcessBuilder("ffmpeg", "-version")
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
        return "ffmpeg";
      }
    } catch (IOException e) {
      // reported below
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return fail(
        "the ffmpeg command-line tool is needed to generate test videos but was not found "
            + "on PATH: install it (Debian/Ubuntu: apt-get install ffmpeg; .ci/run does this)");
  }

  /** Frame {@code n} of the generated sequence as interleaved RGB bytes. */
  static byte[] pattern(int n, int width, int height) {
    byte[] rgb = new byte[width * height * 3];
    int block = width / BITS;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int i = 3 * (y * width + x);
        if (y < BAND) {
          boolean bit = ((n >> (x / block)) & 1) != 0;
          byte v = (byte) (bit ? 235 : 16);
          rgb[i] = v;
          rgb[i + 1] = v;
          rgb[i + 2] = v;
        } else {
          int u = x + 3 * n;
          int v = y + n;
          rgb[i] = (byte) (128 + 90 * Math.sin(u / 6.0) * Math.cos(v / 9.0));
          rgb[i + 1] = (byte) ((u * 4 + v * 2) & 0xFF);
          rgb[i + 2] = (byte) (((u / 8 + v / 8) & 1) * 160 + 40);
        }
      }
    }
    return rgb;
  }

  /** Reads back the frame number drawn by {@link #pattern}, robust to coding noise. */
  public static int frameNumberShownIn(RgbImage image) {
    int block = image.width() / BITS;
    int number = 0;
    for (int bit = 0; bit < BITS; bit++) {
      int sum = 0;
      int count = 0;
      for (int y = 3; y < BAND - 3; y++) {
        for (int x = bit * block + 2; x < (bit + 1) * block - 2; x++) {
          sum += (image.rgb(x, y) >> 8) & 0xFF;
          count++;
        }
      }
      if (sum / count > 128) {
        number |= 1 << bit;
      }
    }
    return number;
  }
}
