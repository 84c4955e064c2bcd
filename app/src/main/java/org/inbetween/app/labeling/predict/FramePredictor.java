package org.inbetween.app.labeling.predict;

import java.io.IOException;
import java.util.Map;
import java.util.SortedSet;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;

/**
 * A loaded model, asked one frame at a time. It may read any frame (a clip model reads its
 * neighbours); it returns soft maps by object id.
 */
public interface FramePredictor extends AutoCloseable {
  /**
   * Called once before the first {@link #predict}: the video has {@code frameCount} frames (a clip
   * model chooses its windows from it).
   */
  default void begin(int frameCount) {}

  /**
   * The soft maps of {@code frame}, keyed by object id (a subset of {@code objectIds}).
   *
   * @param frames the project's frames
   * @param objectIds the project's live objects, never empty
   */
  Map<Integer, SoftMask> predict(int frame, Frames frames, SortedSet<Integer> objectIds)
      throws IOException;

  /** What every prediction's provenance records: at least {@code model} and {@code modelSha256}. */
  Map<String, String> parameters();

  @Override
  void close();
}
