package org.inbetween.app.video;

import static org.bytedeco.ffmpeg.global.avformat.AV_DISPOSITION_ATTACHED_PIC;
import static org.bytedeco.ffmpeg.global.avutil.AVMEDIA_TYPE_VIDEO;
import static org.bytedeco.ffmpeg.global.avutil.AV_LOG_QUIET;
import static org.bytedeco.ffmpeg.global.avutil.AV_PIX_FMT_RGB24;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FrameGrabber;

/**
 * Opens FFmpeg grabbers on a video file and turns FFmpeg's failures into messages that name the
 * file and say in the user's words what is wrong with it; FFmpeg's own message is the cause.
 */
final class VideoGrabbers {
  static {
    // FFmpeg's own logging goes to stderr behind our back; errors reach the user as exceptions.
    avutil.av_log_set_level(AV_LOG_QUIET);
  }

  private VideoGrabbers() {}

  /**
   * Starts a grabber that decodes stream {@code streamIndex} (or FFmpeg's choice when negative) to
   * RGB24. The caller owns the result and closes it.
   */
  static FFmpegFrameGrabber start(Path file, int streamIndex) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IOException(file + ": no such video file");
    }
    if (!Files.isReadable(file)) {
      throw new IOException(file + ": the video file is not readable");
    }
    if (Files.size(file) == 0) {
      throw new IOException(file + ": the file is empty");
    }
    FFmpegFrameGrabber grabber = new FFmpegFrameGrabber(file.toFile());
    grabber.setPixelFormat(AV_PIX_FMT_RGB24);
    if (streamIndex >= 0) {
      grabber.setVideoStream(streamIndex);
    }
    try {
      grabber.start();
      return grabber;
    } catch (FrameGrabber.Exception | RuntimeException e) {
      closeQuietly(grabber);
      // FFmpeg's own words ("avformat_open_input() error -1094995529") stay in the cause, which
      // the command line shows with --verbose.
      throw new IOException(file + ": not a video FFmpeg can read", e);
    }
  }

  /** The first real video stream (cover art does not count); an IOException when none. */
  static int videoStreamIndex(Path file, FFmpegFrameGrabber grabber) throws IOException {
    AVFormatContext format = grabber.getFormatContext();
    for (int i = 0; i < format.nb_streams(); i++) {
      AVStream stream = format.streams(i);
      if (stream.codecpar().codec_type() == AVMEDIA_TYPE_VIDEO
          && stream.codecpar().codec_id() != avcodec.AV_CODEC_ID_NONE
          && (stream.disposition() & AV_DISPOSITION_ATTACHED_PIC) == 0) {
        return i;
      }
    }
    throw new IOException(file + ": the file contains no video stream");
  }

  static void closeQuietly(FFmpegFrameGrabber grabber) {
    try {
      grabber.close();
    } catch (FrameGrabber.Exception | RuntimeException ignored) {
      // Already failing with a better message; a failed release must not hide it.
    }
  }
}
