package org.inbetween.models.ner;

import java.io.IOException;
import java.util.List;
import java.util.Random;

/**
 * Where training clips come from: consecutive frames of one video, at least one of them with a
 * target. The app implements it over a DAVIS-layout dataset (ground truth every l-th frame,
 * pseudo-labels between, or a teacher's soft maps for distillation) and over exports whose
 * manifests say which masks are targets.
 */
@FunctionalInterface
public interface NerClipSource {
  /** A clip of {@code length} consecutive frames, drawn with {@code random}. */
  List<NerFrame> draw(Random random, int length) throws IOException;
}
