package org.inbetween.app.video;

import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_CORRUPT;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_DISCARD;
import static org.bytedeco.ffmpeg.global.avcodec.AV_PKT_FLAG_KEY;
import static org.bytedeco.ffmpeg.global.avcodec.av_packet_unref;
import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Builds a {@link FrameIndex} by reading every packet of a video stream without decoding it.
 *
 * <p>Reading packets costs a small fraction of decoding them, so the exact frame count and the
 * timestamp of every frame are known on open even for long videos whose container header rounds or
 * omits the frame count. Packets the demuxer marks corrupt (the tail of a truncated file) or
 * discardable (trimmed by an edit list) produce no picture and are left out.
 *
 * <p>Where a packet carries no presentation timestamp (AVI, raw streams) there is no index:
 * FFmpeg's generated timestamps for such streams are guesses that do not survive a seek.
 */
final class PacketScanner {
  private static final int SKIPPED_FLAGS = AV_PKT_FLAG_CORRUPT | AV_PKT_FLAG_DISCARD;

  private PacketScanner() {}

  /**
   * Reads all remaining packets of {@code grabber} and indexes those of {@code streamIndex}. A read
   * error ends the scan like the end of the file does: what was read before it stays usable.
   *
   * @return the index, or empty if some video packet has no presentation timestamp
   */
  static Optional<FrameIndex> scan(Path file, FFmpegFrameGrabber grabber, int streamIndex)
      throws IOException {
    long[] pts = new long[1024];
    boolean[] keys = new boolean[1024];
    int count = 0;
    try {
      AVPacket packet;
      while ((packet = grabber.grabPacket()) != null) {
        try {
          if (packet.stream_index() != streamIndex || (packet.flags() & SKIPPED_FLAGS) != 0) {
            continue;
          }
          if (count == pts.length) {
            pts = Arrays.copyOf(pts, 2 * count);
            keys = Arrays.copyOf(keys, 2 * count);
          }
          if (packet.pts() == AV_NOPTS_VALUE) {
            return Optional.empty();
          }
          pts[count] = packet.pts();
          keys[count] = (packet.flags() & AV_PKT_FLAG_KEY) != 0;
          count++;
        } finally {
          av_packet_unref(packet);
        }
      }
      return Optional.of(FrameIndex.fromPackets(pts, keys, count));
    } catch (FrameGrabber.Exception | IllegalArgumentException e) {
      throw new IOException(file + ": cannot index the video packets: " + e.getMessage(), e);
    }
  }
}
