package org.inbetween.app.training;

import java.util.List;
import org.inbetween.models.fgplg.TrainingExample;

/**
 * The examples an {@link FgplgData} built.
 *
 * @param train the examples of the sequences trained on
 * @param heldOut the examples of the sequences held out for validation
 * @param heldOutSequences the names of those sequences; when none, the task holds out a fraction of
 *     {@code train} instead
 * @param source what was read, for the checkpoint's data description, e.g. "DAVIS /data sequences
 *     [bus]"
 */
public record FgplgExamples(
    List<TrainingExample> train,
    List<TrainingExample> heldOut,
    List<String> heldOutSequences,
    String source) {
  public FgplgExamples {
    train = List.copyOf(train);
    heldOut = List.copyOf(heldOut);
    heldOutSequences = List.copyOf(heldOutSequences);
  }
}
