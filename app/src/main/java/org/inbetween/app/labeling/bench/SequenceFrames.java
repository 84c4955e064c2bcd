package org.inbetween.app.labeling.bench;

import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.RgbImage;

/** A benchmark sequence's decoded frames as a {@link FrameSource}, for tasks that read one. */
public final class SequenceFrames implements FrameSource {
  private final DavisSequence sequence;

  public SequenceFrames(DavisSequence sequence) {
    this.sequence = sequence;
  }

  @Override
  public String description() {
    return "DAVIS " + sequence.name();
  }

  @Override
  public int frameCount() {
    return sequence.frameCount();
  }

  @Override
  public int width() {
    return sequence.frames().get(0).width();
  }

  @Override
  public int height() {
    return sequence.frames().get(0).height();
  }

  @Override
  public double fps() {
    return 25;
  }

  @Override
  public RgbImage frame(int index) {
    return sequence.frames().get(index);
  }

  /** Nothing to release: the frames are in memory. */
  @Override
  public void close() {}
}
