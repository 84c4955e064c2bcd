package org.inbetween.app.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated test videos are as hard to seek in as the seeking tests assume: sparse keyframes,
 * and (MPEG-4) packets stored out of display order. Made without any {@code ffmpeg} program.
 */
class TestVideosTest {
  private static final int FRAMES = 96;

  @TempDir Path dir;

  @Test
  void mpeg4HasBFramesAndAKeyframeEvery40Frames() throws Exception {
    Packets packets = Packets.of(TestVideos.write(dir, TestVideos.mpeg4Mp4(), FRAMES));
    assertEquals(FRAMES, packets.count);
    assertEquals(3, packets.keyframes, "keyframes at 0, 40, 80");
    assertTrue(packets.outOfOrder > FRAMES / 8, "B-frames stored out of order: " + packets);
  }

  @Test
  void h264IsOpenH264WithSparseKeyframes() throws Exception {
    Path file = TestVideos.write(dir, TestVideos.h264Mp4(), FRAMES);
    Packets packets = Packets.of(file);
    assertEquals(FRAMES, packets.count);
    assertEquals(3, packets.keyframes, "keyframes at 0, 40, 80");
    assertEquals(avcodec.AV_CODEC_ID_H264, packets.codec);
  }

  /** What the video stream's packets say about seeking. */
  private record Packets(int count, int keyframes, int outOfOrder, int codec) {
    static Packets of(Path file) throws Exception {
      try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
        grabber.start();
        int count = 0;
        int keyframes = 0;
        int outOfOrder = 0;
        long lastPts = Long.MIN_VALUE;
        AVPacket packet;
        while ((packet = grabber.grabPacket()) != null) {
          if (packet.stream_index() == grabber.getVideoStream()) {
            count++;
            keyframes += (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0 ? 1 : 0;
            outOfOrder += packet.pts() < lastPts ? 1 : 0;
            lastPts = packet.pts();
          }
        }
        return new Packets(count, keyframes, outOfOrder, grabber.getVideoCodec());
      }
    }
  }
}
