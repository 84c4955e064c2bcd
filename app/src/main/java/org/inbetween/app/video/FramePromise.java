package org.inbetween.app.video;

import static org.bytedeco.ffmpeg.global.avutil.AV_NOPTS_VALUE;
import static org.bytedeco.ffmpeg.global.avutil.av_q2d;

import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.ffmpeg.avformat.AVFormatContext;
import org.bytedeco.ffmpeg.avformat.AVStream;
import org.bytedeco.ffmpeg.avutil.AVRational;

/**
 * How many frames a video's container says its stream holds, to compare with how many can really be
 * read: a file cut short by an interrupted copy or recording still opens with the frames before the
 * cut, and the user should hear that the rest is missing.
 *
 * @param frames the frame count the header gives, or duration × frame rate
 * @param exact whether it is the header's own count (mp4's sample table) rather than an estimate
 */
record FramePromise(long frames, boolean exact) {
  /** Estimates from duration × rate may be off by rounding: this much is not a truncation. */
  private static final double ESTIMATE_SLACK = 0.02;

  /** What the header of {@code format} says about stream {@code streamIndex}, if anything. */
  static Optional<FramePromise> of(AVFormatContext format, int streamIndex) {
    AVStream stream = format.streams(streamIndex);
    if (stream.nb_frames() > 0) {
      return Optional.of(new FramePromise(stream.nb_frames(), true));
    }
    AVRational rate = stream.avg_frame_rate();
    if (rate == null || rate.num() <= 0 || rate.den() <= 0) {
      return Optional.empty();
    }
    double seconds;
    if (stream.duration() != AV_NOPTS_VALUE && stream.duration() > 0) {
      seconds = stream.duration() * av_q2d(stream.time_base());
    } else if (format.duration() != AV_NOPTS_VALUE && format.duration() > 0) {
      seconds = format.duration() / 1e6;
    } else {
      return Optional.empty();
    }
    long frames = Math.round(seconds * av_q2d(rate));
    return frames > 0 ? Optional.of(new FramePromise(frames, false)) : Optional.empty();
  }

  /** A warning naming {@code file} when fewer than the promised frames can be read. */
  Optional<String> shortfall(Path file, int readable) {
    long slack = exact ? 0 : Math.max(2, Math.round(frames * ESTIMATE_SLACK));
    if (frames - readable <= slack) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            "%s: the file promises %d frames but only %d can be decoded; it looks truncated"
                + " (an interrupted copy or recording?). The %d frames before the cut are used.",
            file, frames, readable, readable));
  }
}
