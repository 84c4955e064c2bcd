package org.inbetween.app.training;

import java.io.IOException;
import java.util.List;
import org.inbetween.app.task.Progress;
import org.inbetween.models.fgplg.ExampleBuilder;
import org.inbetween.models.fgplg.FgplgTriples;

/**
 * Where {@code train fgplg} gets its examples: a DAVIS folder annotated on every frame ({@link
 * DavisFgplgData}, {@code --davis}) or exports whose manifests say which masks may be targets
 * ({@link ExportFgplgData}, {@code --dataset}). The task does the rest alike for both.
 */
public interface FgplgData {
  /**
   * The examples of the training sequences and of the sequences held out, one note per sequence;
   * cancellable between sequences.
   *
   * @param builder makes network-sized examples
   * @param intervals keyframe intervals l whose gaps are mixed into one set
   * @param middle which frames between keyframes are targets
   */
  FgplgExamples examples(
      ExampleBuilder builder,
      List<Integer> intervals,
      FgplgTriples.Middle middle,
      Progress progress)
      throws IOException;
}
