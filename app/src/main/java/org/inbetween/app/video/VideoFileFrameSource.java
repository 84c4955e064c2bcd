package org.inbetween.app.video;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
  private final List<String> warnings;
  private int lastFrame = -1;
  private RgbImage lastImage;

  private VideoFileFrameSource(
      Path file, FrameReader reader, int width, int height, List<String> warnings) {
    this.file = file;
    this.reader = reader;
    this.width = width;
    this.height = height;
    this.fps = reader.fps();
    this.warnings = List.copyOf(warnings);
  }

  /**
   * Opens {@code file} and indexes its frames.
   *
   * @throws IOException naming the file if it is missing, not a video, has no video stream or no
   *     decodable frame
   */
  public static VideoFileFrameSource open(Path file) throws IOException {
    int stream;
    Optional<FrameIndex> index;
    Optional<FramePromise> promise;
    try (FFmpegFrameGrabber scanner = VideoGrabbers.start(file, -1)) {
      stream = VideoGrabbers.videoStreamIndex(file, scanner);
      promise = FramePromise.of(scanner.getFormatContext(), stream);
      index = PacketScanner.scan(file, scanner, stream);
    }
    if (index.isPresent() && index.get().frameCount() == 0) {
      throw new IOException(file + ": the video stream holds no frames");
    }
    FrameReader reader =
        index.isPresent()
            ? IndexedFrameReader.open(file, stream, index.get())
            : new CountingFrameReader(file, stream);
    try {
      RgbImage first = reader.read(0);
      List<String> warnings = new ArrayList<>();
      promise.flatMap(p -> p.shortfall(file, reader.frameCount())).ifPresent(warnings::add);
      VideoFileFrameSource source =
          new VideoFileFrameSource(file, reader, first.width(), first.height(), warnings);
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
  public RgbImage frame(int frame) throws IOException {
    if (frame < 0 || frame >= frameCount()) {
      throw new IndexOutOfBoundsException(
          "frame " + frame + " of " + file + " (it has " + frameCount() + " frames)");
    }
    if (frame != lastFrame) {
      lastFrame = -1;
      try {
        lastImage = reader.read(frame);
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
