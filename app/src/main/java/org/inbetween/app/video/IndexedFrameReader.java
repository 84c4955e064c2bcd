package org.inbetween.app.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.io.IOException;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avutil.AVFrame;
import org.bytedeco.ffmpeg.avutil.AVRational;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.bytedeco.javacv.FrameGrabber;
import org.inbetween.models.image.RgbImage;

/**
 * Reaches frame n by its presentation timestamp from a {@link FrameIndex}: seek to the last
 * keyframe at or before it, decode forward until a picture with exactly that timestamp comes out.
 *
 * <p>If decoding overshoots (a container whose seek index uses decode times, an open GOP whose
 * leading pictures need the previous GOP), it seeks one keyframe earlier and tries again, finally
 * from the start of the file; frame-rate arithmetic is never trusted. Reading n then n+1 goes on
 * decoding without a seek.
 */
final class IndexedFrameReader implements FrameReader {
  /** Seeks tried per frame, each one keyframe earlier, before the last try from the start. */
  private static final int EARLIER_KEYFRAME_TRIES = 3;

  private static final int FROM_THE_START = Integer.MAX_VALUE / 2;

  private final Path file;
  private final FFmpegFrameGrabber grabber;
  private final AVRational timeBase;
  private final long startMicros;
  private FrameIndex index;

  /** The frame the decoder will produce next, or -1 when unknown. */
  private int nextFrame = -1;

  private long seekCount;

  /** Starts a decoder on stream {@code stream} of {@code file}, located by {@code index}. */
  static IndexedFrameReader open(Path file, int stream, FrameIndex index) throws IOException {
    FFmpegFrameGrabber grabber = VideoGrabbers.start(file, stream);
    try {
      return new IndexedFrameReader(file, grabber, stream, index);
    } catch (IOException | RuntimeException e) {
      VideoGrabbers.closeQuietly(grabber);
      throw e;
    }
  }

  /**
   * Takes over {@code grabber} and decodes its first picture to line the index up with what the
   * decoder really outputs.
   */
  private IndexedFrameReader(Path file, FFmpegFrameGrabber grabber, int stream, FrameIndex index)
      throws IOException {
    this.file = file;
    this.grabber = grabber;
    this.index = index;
    this.timeBase = grabber.getFormatContext().streams(stream).time_base();
    long start = grabber.getFormatContext().start_time();
    this.startMicros = start == AV_NOPTS_VALUE ? 0 : start;
    alignWithFirstDecodedFrame();
  }

  @Override
  public int frameCount() {
    return index.frameCount();
  }

  @Override
  public double fps() {
    double declared = grabber.getVideoFrameRate();
    if (declared > 0 && Double.isFinite(declared)) {
      return declared;
    }
    int last = frameCount() - 1;
    double seconds = (double) (index.pts(last) - index.pts(0)) * timeBase.num() / timeBase.den();
    return last > 0 && seconds > 0 ? last / seconds : 25;
  }

  @Override
  public long seekCount() {
    return seekCount;
  }

  @Override
  public RgbImage read(int frame) throws IOException {
    try {
      RgbImage image = decode(frame);
      nextFrame = frame + 1;
      return image;
    } catch (IOException | RuntimeException e) {
      nextFrame = -1;
      throw e;
    }
  }

  private RgbImage decode(int frame) throws IOException {
    int seeks = 0;
    if (!canDecodeForwardTo(frame)) {
      seekBefore(frame, seeks++);
    }
    long target = index.pts(frame);
    int decodedSinceSeek = 0;
    while (true) {
      Frame decoded = grabber.grabImage();
      long pts = decoded == null ? Long.MAX_VALUE : presentationTime(decoded);
      if (pts == target) {
        return RgbFrames.toRgbImage(decoded);
      }
      if (pts > target || ++decodedSinceSeek > frameCount()) {
        if (seeks > EARLIER_KEYFRAME_TRIES + 1) {
          throw new IOException(
              file
                  + ": frame "
                  + frame
                  + " (timestamp "
                  + target
                  + ") is never produced by the "
                  + "decoder; the file is damaged or truncated");
        }
        seekBefore(frame, seeks > EARLIER_KEYFRAME_TRIES ? FROM_THE_START : seeks);
        seeks++;
        decodedSinceSeek = 0;
      }
    }
  }

  /** Decoding on is no more work than a seek when no keyframe lies between here and there. */
  private boolean canDecodeForwardTo(int frame) {
    return nextFrame >= 0 && frame >= nextFrame && index.keyframeAtOrBefore(frame, 0) <= nextFrame;
  }

  private void seekBefore(int frame, int keyframesBack) throws IOException {
    int keyframe = index.keyframeAtOrBefore(frame, keyframesBack);
    seekCount++;
    grabber.setVideoTimestamp(keyframe == 0 ? 0 : micros(index.pts(keyframe)));
  }

  /** A stream timestamp in the microseconds-from-start that JavaCV's seek expects. */
  private long micros(long pts) {
    return 1_000_000L * pts * timeBase.num() / timeBase.den() - startMicros;
  }

  private static long presentationTime(Frame decoded) {
    return ((AVFrame) decoded.opaque).best_effort_timestamp();
  }

  /**
   * Drops index entries the decoder never outputs at the start of the stream (leading pictures of
   * an open GOP that reference a missing earlier one), so frame 0 is the first picture a sequential
   * decode yields.
   */
  private void alignWithFirstDecodedFrame() throws IOException {
    Frame first = grabber.grabImage();
    if (first == null) {
      throw new IOException(file + ": no frame of the video can be decoded");
    }
    long pts = presentationTime(first);
    if (index.frameAt(pts) < 0) {
      throw new IOException(
          file + ": the first decoded frame has timestamp " + pts + ", which no packet carries");
    }
    index = index.startingAt(pts);
  }

  @Override
  public void close() throws FrameGrabber.Exception {
    grabber.close();
  }
}
