package org.inbetween.app.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.Frame;
import org.inbetween.models.image.RgbImage;

/**
 * The reference every seek is judged against: all frames of a file decoded in order by a plain
 * grabber, with no index and no seeking.
 */
final class SequentialDecode {
  private SequentialDecode() {}

  static List<RgbImage> allFrames(Path file) throws Exception {
    List<RgbImage> frames = new ArrayList<>();
    try (FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile())) {
      grabber.setPixelFormat(AV_PIX_FMT_RGB24);
      grabber.start();
      Frame frame;
      while ((frame = grabber.grabImage()) != null) {
        frames.add(RgbFrames.toRgbImage(frame));
      }
    }
    return frames;
  }
}
