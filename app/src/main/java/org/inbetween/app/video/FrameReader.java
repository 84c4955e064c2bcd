package org.inbetween.app.video;

import java.io.IOException;
import org.bytedeco.javacv.FrameGrabber;
import org.inbetween.models.image.RgbImage;

/**
 * The strategy a {@link VideoFileFrameSource} uses to reach frame n of its stream: by timestamp
 * where the container stores presentation times, by counting where it does not. Owns a started
 * grabber; not thread-safe.
 */
interface FrameReader extends AutoCloseable {
  int frameCount();

  /** Frames per second as the stream declares or its timestamps imply. */
  double fps();

  /** Frame {@code frame}, which the caller has checked is in range. */
  RgbImage read(int frame) throws IOException;

  /** Seeks (or restarts) done so far; sequential reading must not add any. */
  long seekCount();

  @Override
  void close() throws FrameGrabber.Exception;
}
