package org.inbetween.models.flow;

import java.io.IOException;
import org.inbetween.models.image.RgbImage;

/**
 * Random access to the frames of one sequence, for code in {@code models} that must read frames
 * other than the ones it was handed (chained flow reads every frame between two keyframes). The app
 * adapts its frame sources to this; benchmarks wrap frames held in memory.
 */
@FunctionalInterface
public interface Frames {
  /** The frame at {@code index}, 0-based. */
  RgbImage frame(int index) throws IOException;
}
