package org.inbetween.app.video;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.inbetween.models.image.RgbImage;

/**
 * Reaches frame n by counting decoded pictures from the start: the exact but slow way, for streams
 * whose packets carry no presentation timestamps (AVI and raw elementary streams with B-frames),
 * where a timestamp cannot say which picture a seek landed on.
 *
 * <p>The frame count is counted by decoding the whole stream once on open. Reading forward goes on
 * decoding; reading backwards restarts the decoder at the beginning of the file.
 */
final class CountingFrameReader implements FrameReader {
  private final Path file;
  private final int stream;
  private final int frameCount;
  private FFmpegFrameGrabber grabber;

  /** The frame the decoder will produce next. */
  private int nextFrame;

  private long seekCount;

  CountingFrameReader(Path file, int stream) throws IOException {
    this.file = file;
    this.stream = stream;
    try (FFmpegFrameGrabber counter = VideoGrabbers.start(file, stream)) {
      int count = 0;
      while (counter.grabFrame(false, true, false, false) != null) {
        count++;
      }
      this.frameCount = count;
    }
    if (frameCount == 0) {
      throw new IOException(file + ": no frame of the video can be decoded");
    }
    this.grabber = VideoGrabbers.start(file, stream);
  }

  @Override
  public int frameCount() {
    return frameCount;
  }

  @Override
  public double fps() {
    double declared = grabber.getVideoFrameRate();
    return declared > 0 && Double.isFinite(declared) ? declared : 25;
  }

  @Override
  public long seekCount() {
    return seekCount;
  }

  @Override
  public RgbImage read(int frame) throws IOException {
    if (frame < nextFrame) {
      restart();
    }
    while (nextFrame < frame) {
      requireFrame(grabber.grabFrame(false, true, false, false), nextFrame);
      nextFrame++;
    }
    Frame decoded = requireFrame(grabber.grabImage(), frame);
    nextFrame++;
    return RgbFrames.toRgbImage(decoded);
  }

  private Frame requireFrame(Frame decoded, int frame) throws IOException {
    if (decoded == null) {
      restart();
      throw new IOException(file + ": the video ended before frame " + frame);
    }
    return decoded;
  }

  private void restart() throws IOException {
    seekCount++;
    FFmpegFrameGrabber old = grabber;
    grabber = null;
    VideoGrabbers.closeQuietly(old);
    grabber = VideoGrabbers.start(file, stream);
    nextFrame = 0;
  }

  @Override
  public void close() throws FrameGrabber.Exception {
    if (grabber != null) {
      grabber.close();
    }
  }
}
