package org.inbetween.app.video;

import java.io.IOException;
import java.util.List;
import org.inbetween.models.image.RgbImage;

/**
 * A sequence of frames with exact random access by index: a video file, an image folder or the
 * built-in demo.
 *
 * <p>{@code frame(n)} returns exactly the n-th frame that sequential decoding would produce, never
 * a neighbour: a mask painted on frame n belongs to those pixels. Implementations own native
 * decoder state and are not thread-safe; callers that read from several threads wrap one in a
 * cache.
 */
public interface FrameSource extends AutoCloseable {
  /** A short human-readable name: the file path, or "demo". */
  String description();

  int frameCount();

  int width();

  int height();

  /** Frames per second; image folders report the rate they were given (25 by default). */
  double fps();

  /**
   * The clockwise quarter turn (0, 90, 180 or 270 degrees) applied to the decoded pictures to show
   * them upright ({@link FrameRotation}); {@link #width()} and {@link #height()} are after it.
   */
  default int rotation() {
    return 0;
  }

  /**
   * The frame at {@code index}, 0-based.
   *
   * @throws IndexOutOfBoundsException if {@code index} is not in {@code [0, frameCount())}
   * @throws IOException if the frame cannot be decoded; the message names the file
   */
  RgbImage frame(int index) throws IOException;

  /**
   * What the user should know about this source before labelling it, one sentence each, naming the
   * file: a truncated video, for example. Empty when there is nothing to say.
   */
  default List<String> warnings() {
    return List.of();
  }

  @Override
  void close() throws IOException;
}
