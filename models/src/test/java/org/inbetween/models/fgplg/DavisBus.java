package org.inbetween.models.fgplg;

import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.testdata.DavisSequence;

/** The DAVIS "bus" sequence read in place from the shared data: frames and the bus's mask. */
public final class DavisBus {
  public static final String NAME = "bus";
  public static final int FRAMES = 80;

  private static final DavisSequence SEQUENCE = new DavisSequence(NAME);

  private DavisBus() {}

  public static Frames frames() {
    return SEQUENCE.frames();
  }

  /** The bus (object 1 of the DAVIS 2016 grayscale annotation) on {@code frame}. */
  public static SoftMask truth(int frame) {
    return SEQUENCE.truth(frame);
  }
}
