package org.inbetween.app.labeling;

import java.io.IOException;
import java.util.Map;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;

/**
 * What a generator is given for one gap, read exactly as {@link PseudoLabelJob} reads it, for work
 * outside this package that must ask the generator the same question (the leave-one-out quality
 * estimate predicts a keyframe from the two keyframes around it).
 */
public final class GapInputs {
  private GapInputs() {}

  /**
   * The per-object keyframe masks of the span {@code before..after}, by object id (mask on {@code
   * before}, then on {@code after}), with the same absent-object rules as pseudo-labelling; any
   * human frame between the two is ignored.
   */
  public static Map<Integer, SoftMask[]> sides(ProjectStore store, int before, int after)
      throws IOException {
    return KeyframeSides.read(store, store.project(), new KeyframeGap(before, after)).masks();
  }

  /** The project's frames as generators read them, with the pseudo-label job's small cache. */
  public static Frames frames(FrameSource source) {
    return new SourceFrames(source);
  }
}
