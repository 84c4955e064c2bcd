package org.inbetween.models.pseudo;

import java.io.IOException;
import java.util.Map;
import org.inbetween.models.image.SoftMask;

/**
 * Fills a frame between two keyframes with one object's mask. Engine-neutral: plain images and
 * masks in, a {@link SoftMask} out, whether the work is a copy, a flow warp or a network.
 *
 * <p>A generator is made by its {@link GeneratorFactory} for one sequence and may keep state for it
 * (cached flows), so asking for every object of a frame, or for the neighbouring frame, reuses
 * work. Multi-object frames are assembled with {@link OverlapResolver}. Not thread-safe.
 */
public interface PseudoLabelGenerator extends AutoCloseable {
  /** The method's name, as on the command line and in provenance: "copy", "warp", "fgplg". */
  String method();

  /** The settings that influence the output, for provenance. */
  Map<String, String> parameters();

  /**
   * Where the generator's network runs, for the job's log: "cpu (no CUDA GPU found)", "gpu (CUDA)",
   * or why the GPU failed. Methods without a network compute on the CPU.
   */
  default String device() {
    return "cpu (no network)";
  }

  /** The object's probability on {@code request.frame()}, filed under that frame. */
  SoftMask generate(PseudoLabelRequest request) throws IOException;

  /**
   * Whether {@link #propagate} works: the method can label frames that have a keyframe on one side
   * only (before the first keyframe, after the last, or from a single keyframe). A method whose
   * network needs both keyframes (fgplg) says no.
   */
  default boolean propagates() {
    return false;
  }

  /**
   * The object's probability on {@code frame} from its mask on one keyframe, {@code anchor}, alone.
   * A job asks the frames of one side in order moving away from the anchor, so a method may keep
   * what it predicted on the way (a carried mask, a memory of recent frames).
   *
   * @throws UnsupportedOperationException when the method does not {@link #propagates propagate}
   */
  default SoftMask propagate(int frame, SoftMask anchor) throws IOException {
    throw new UnsupportedOperationException(
        method() + " needs a keyframe on both sides of a frame");
  }

  /** Releases native state (flow estimators, networks). */
  @Override
  void close();
}
