package org.inbetween.app.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;
import org.inbetween.models.image.RgbImage;

/**
 * Frames of a video file (any container and codec FFmpeg decodes), with exact random access.
 *
 * <p>How exactness is kept: on open, every packet of the video stream is read (not decoded) to
 * build a {@link FrameIndex} of presentation timestamps, so frame n is known by its timestamp and
 * the frame count is counted, not taken from the header; {@link IndexedFrameReader} seeks to a
 * keyframe and decodes forward to exactly that timestamp. Streams without presentation timestamps
 * fall back to {@link CountingFrameReader}, exact but slow to seek backwards.
 *
 * <p>Frames come upright: a display matrix (phones record portrait video as landscape pictures plus
 * "turn this") is applied as a {@link FrameRotation}, so width and height are those players show. A
 * project reopens its video with the rotation it recorded, not the detected one.
 *
 * <p>Not thread-safe, like every {@link FrameSource}: wrap it in a {@link FrameCache} to share it.
 *
 * <pre>{@code
 * try (FrameSource video = VideoFileFrameSource.open(Path.of("clip.mp4"))) {
 *   RgbImage last = video.frame(video.frameCount() - 1);
 * }
 * }</pre>
 */
public final class VideoFileFrameSource implements FrameSource {
  private final Path file;
  private final FrameReader reader;
  private final int width;
  private final int height;
  private final double fps;
  private final int rotation;
  private final List<String> warnings;
  private int lastFrame = -1;
  private RgbImage lastImage;

  private VideoFileFrameSource(
      Path file, FrameReader reader, RgbImage first, int rotation, List<String> warnings) {
    this.file = file;
    this.reader = reader;
    this.width = first.width();
    this.height = first.height();
    this.rotation = rotation;
    this.fps = reader.fps();
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Opens {@code file} and indexes its frames, turned upright as its display matrix asks.
   *
   * @throws IOException naming the file if it is missing, not a video, has no video stream or no
   *     decodable frame
   */
  public static VideoFileFrameSource open(Path file) throws IOException {
    return open(file, OptionalInt.empty());
  }

  /**
   * Opens {@code file} with its frames turned {@code clockwise} degrees whatever its display matrix
   * says: a project's recorded {@code sourceRotation}.
   *
   * @throws IllegalArgumentException unless {@code clockwise} is 0, 90, 180 or 270
   */
  public static VideoFileFrameSource open(Path file, int clockwise) throws IOException {
    return open(file, OptionalInt.of(FrameRotation.check(clockwise)));
  }

  private static VideoFileFrameSource open(Path file, OptionalInt forcedRotation)
      throws IOException {
    int stream;
    Optional<FrameIndex> index;
    Optional<FramePromise> promise;
    double displayMatrix;
    try (FFmpegFrameGrabber scanner = VideoGrabbers.start(file, -1)) {
      stream = VideoGrabbers.videoStreamIndex(file, scanner);
      promise = FramePromise.of(scanner.getFormatContext(), stream);
      displayMatrix = scanner.getDisplayRotation();
      index = PacketScanner.scan(file, scanner, stream);
    }
    if (index.isPresent() && index.get().frameCount() == 0) {
      throw new IOException(file + ": the video stream holds no frames");
    }
    int rotation = forcedRotation.orElse(FrameRotation.fromDisplayMatrix(displayMatrix));
    FrameReader reader =
        index.isPresent()
            ? IndexedFrameReader.open(file, stream, index.get())
            : new CountingFrameReader(file, stream);
    try {
      RgbImage first = FrameRotation.rotate(reader.read(0), rotation);
      List<String> warnings = new ArrayList<>();
      promise.flatMap(p -> p.shortfall(file, reader.frameCount())).ifPresent(warnings::add);
      if (forcedRotation.isEmpty()) {
        FrameRotation.note(file, displayMatrix).ifPresent(warnings::add);
      }
      VideoFileFrameSource source =
          new VideoFileFrameSource(file, reader, first, rotation, warnings);
      source.lastFrame = 0;
      source.lastImage = first;
      return source;
    } catch (IOException | RuntimeException e) {
      closeQuietly(reader);
      throw e;
    }
  }

  @Override
  public String description() {
    return file.toString();
  }

  /** A truncated file: how many frames the container promised and how many can be read. */
  @Override
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public int frameCount() {
    return reader.frameCount();
  }

  @Override
  public int width() {
    return width;
  }

  @Override
  public int height() {
    return height;
  }

  @Override
  public double fps() {
    return fps;
  }

  @Override
  public int rotation() {
    return rotation;
  }

  @Override
  public RgbImage frame(int frame) throws IOException {
    if (frame < 0 || frame >= frameCount()) {
      throw new IndexOutOfBoundsException(
          "frame " + frame + " of " + file + " (it has " + frameCount() + " frames)");
    }
    if (frame != lastFrame) {
      lastFrame = -1;
      try {
        lastImage = FrameRotation.rotate(reader.read(frame), rotation);
      } catch (FrameGrabber.Exception | RuntimeException e) {
        throw new IOException(file + ": cannot decode frame " + frame + ": " + e.getMessage(), e);
      }
      lastFrame = frame;
    }
    return lastImage;
  }

  /** Seeks done so far; tests use it to check that sequential reading never seeks. */
  long seekCount() {
    return reader.seekCount();
  }

  @Override
  public void close() throws IOException {
    try {
      reader.close();
    } catch (FrameGrabber.Exception e) {
      throw new IOException(file + ": cannot release the decoder: " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(FrameReader reader) {
    try {
      reader.close();
    } catch (FrameGrabber.Exception | RuntimeException ignored) {
      // Already failing with a better message.
    }
  }
}
