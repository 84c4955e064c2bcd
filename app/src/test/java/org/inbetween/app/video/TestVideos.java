package org.inbetween.app.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_YUV420P;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bytedeco.javacv.FFmpegFrameRecorder;
import org.bytedeco.javacv.Frame;
import org.inbetween.models.image.RgbImage;

/**
 * Writes test videos with the FFmpeg that JavaCV ships ({@link FFmpegFrameRecorder}), so the tests
 * need no {@code ffmpeg} program on the machine.
 *
 * <p>That FFmpeg is the non-GPL build: H.264 comes from OpenH264 (constrained baseline, so no
 * B-frames), and it has no software H.265 encoder. Frame reordering, which is what makes exact
 * seeking hard, is covered by MPEG-4 Part 2 with B-frames in every container, and by VP9 with
 * hidden alt-ref frames.
 *
 * <p>Every frame shows a moving texture and, in its top band, its own frame number as 16
 * black/white blocks ({@link #frameNumberShownIn}), so a wrong frame is obvious even after lossy
 * coding.
 */
public final class TestVideos {
  public static final int WIDTH = 160;
  public static final int HEIGHT = 120;
  private static final int BITS = 16;
  private static final int BAND = 16;
  private static final int FPS = 25;

  private TestVideos() {}

  /**
   * A codec in a container, with the codec options that make it hard to seek in.
   *
   * @param container FFmpeg's muxer name ({@code mp4}, {@code matroska}, {@code mov}...)
   * @param codec FFmpeg's encoder name
   */
  public record Format(
      String name,
      String container,
      String extension,
      String codec,
      Map<String, String> codecOptions) {
    @Override
    public String toString() {
      return name;
    }

    /** The same codec and options in another container, named after it. */
    public Format in(String otherContainer, String otherExtension) {
      String codecName = name.substring(0, name.indexOf('-'));
      return new Format(
          codecName + "-" + otherExtension, otherContainer, otherExtension, codec, codecOptions);
    }
  }

  /** OpenH264, a keyframe every 40 frames and no scene-cut keyframes: seeks decode forward. */
  private static final Map<String, String> OPENH264 = Map.of("g", "40", "allow_skip_frames", "0");

  /** Three B-frames between references and a keyframe every 40: decode order != display order. */
  private static final Map<String, String> MPEG4 =
      Map.of("bf", "3", "g", "40", "keyint_min", "40", "sc_threshold", "1000000000", "q", "2");

  /** VP9 with alt-ref frames (decoded, never shown) and a 16-frame lag. */
  private static final Map<String, String> VP9 =
      Map.of(
          "deadline",
          "good",
          "cpu-used",
          "8",
          "g",
          "40",
          "auto-alt-ref",
          "1",
          "lag-in-frames",
          "16",
          "b",
          "800k");

  private static final Format H264_MP4 =
      new Format("h264-mp4", "mp4", "mp4", "libopenh264", OPENH264);
  private static final Format MPEG4_AVI = new Format("mpeg4-avi", "avi", "avi", "mpeg4", MPEG4);
  private static final Format VP9_WEBM = new Format("vp9-webm", "webm", "webm", "libvpx-vp9", VP9);

  /** The codec/container pairs the video source must seek in exactly. */
  public static List<Format> formats() {
    return List.of(
        H264_MP4,
        H264_MP4.in("matroska", "mkv"),
        H264_MP4.in("mov", "mov"),
        H264_MP4.in("avi", "avi"),
        MPEG4_AVI,
        MPEG4_AVI.in("mp4", "mp4"),
        MPEG4_AVI.in("matroska", "mkv"),
        MPEG4_AVI.in("mov", "mov"),
        VP9_WEBM,
        VP9_WEBM.in("matroska", "mkv"));
  }

  public static Format h264Mp4() {
    return H264_MP4;
  }

  /** MPEG-4 Part 2 in mp4, with B-frames: the reordering case with the fastest encoder. */
  public static Format mpeg4Mp4() {
    return MPEG4_AVI.in("mp4", "mp4");
  }

  /** Encodes {@code frames} generated frames at 25 fps into {@code dir}. */
  public static Path write(Path dir, Format format, int frames) throws IOException {
    return write(
        dir.resolve(format.name() + "." + format.extension()),
        format,
        frames,
        WIDTH,
        HEIGHT,
        Map.of());
  }

  /**
   * Encodes {@code frames} frames of {@link #pattern} at 25 fps into {@code file}.
   *
   * @param containerOptions muxer options, e.g. {@code movflags=+faststart}
   */
  public static Path write(
      Path file,
      Format format,
      int frames,
      int width,
      int height,
      Map<String, String> containerOptions)
      throws IOException {
    return write(
        file, format, frames, width, height, containerOptions, 0, n -> pattern(n, width, height));
  }

  /** What a frame shows: interleaved RGB bytes of the frame's size. */
  public interface Pixels {
    byte[] of(int frame);
  }

  /**
   * Encodes {@code frames} frames drawn by {@code pixels}; a non-zero {@code displayRotation}
   * (degrees counter-clockwise, FFmpeg's display-matrix convention) is stored in the stream as a
   * phone does.
   */
  public static Path write(
      Path file,
      Format format,
      int frames,
      int width,
      int height,
      Map<String, String> containerOptions,
      double displayRotation,
      Pixels pixels)
      throws IOException {
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), width, height, 0)) {
      recorder.setFormat(format.container());
      recorder.setVideoCodecName(format.codec());
      recorder.setFrameRate(FPS);
      recorder.setPixelFormat(AV_PIX_FMT_YUV420P);
      recorder.setVideoOptions(new LinkedHashMap<>(format.codecOptions()));
      recorder.setOptions(new LinkedHashMap<>(containerOptions));
      if (displayRotation != 0) {
        recorder.setDisplayRotation(displayRotation);
      }
      recorder.start();
      Frame frame = new Frame(width, height, Frame.DEPTH_UBYTE, 3);
      for (int n = 0; n < frames; n++) {
        ByteBuffer buffer = (ByteBuffer) frame.image[0];
        buffer.clear();
        buffer.put(pixels.of(n));
        buffer.flip();
        recorder.record(frame, AV_PIX_FMT_RGB24);
      }
      recorder.stop();
    } catch (FFmpegFrameRecorder.Exception e) {
      throw new IOException("could not write test video " + file + ": " + e.getMessage(), e);
    }
    return file;
  }

  /**
   * An H.264 MP4 of {@code frames} frames (index at the front) cut to its first half: the container
   * still promises every frame, only about half can be decoded.
   */
  public static Path writeTruncated(Path file, int frames) throws IOException {
    Path whole =
        write(
            file.resolveSibling("whole-" + file.getFileName()),
            h264Mp4(),
            frames,
            WIDTH,
            HEIGHT,
            Map.of("movflags", "+faststart"));
    byte[] bytes = Files.readAllBytes(whole);
    Files.delete(whole);
    return Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
  }

  /** A one-second 440 Hz tone in an audio-only file (AAC in mp4/m4a): a file with no video. */
  public static Path writeTone(Path file) throws IOException {
    int rate = 44_100;
    try (FFmpegFrameRecorder recorder = new FFmpegFrameRecorder(file.toFile(), 1)) {
      recorder.setFormat("mp4");
      recorder.setAudioCodecName("aac");
      recorder.setSampleRate(rate);
      recorder.start();
      short[] samples = new short[rate];
      for (int i = 0; i < rate; i++) {
        samples[i] = (short) (8000 * Math.sin(2 * Math.PI * 440 * i / rate));
      }
      recorder.recordSamples(rate, 1, java.nio.ShortBuffer.wrap(samples));
      recorder.stop();
    } catch (FFmpegFrameRecorder.Exception e) {
      throw new IOException("could not write test audio " + file + ": " + e.getMessage(), e);
    }
    return file;
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
