package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.Objects;
import org.inbetween.models.ner.NerPreset;
import org.inbetween.models.train.ComputeDevice;

/**
 * Everything {@code train ner} needs.
 *
 * @param data the clips' source: a DAVIS folder with sparse ground truth or exports
 * @param distillSteps the first this many steps learn the U²-Net-p maps of every frame instead
 * @param steps steps in all, counting a resumed checkpoint's
 * @param batch clips per step
 * @param learningRate Adam's learning rate
 * @param preset the network size
 * @param frameByFrame the static RCRNet (no NER module, clips of 1 frame)
 * @param augment flip and crop each clip at random ({@code NerTrainer#setAugmenting})
 * @param out the checkpoint folder
 * @param resume the checkpoint to continue from, or null
 * @param device where to train (resolved: cpu or gpu)
 * @param checkpointEvery save every this many steps (and at the end)
 * @param seed seeds the weights and the clips drawn
 */
public record NerTrainingRequest(
    NerData data,
    long distillSteps,
    long steps,
    int batch,
    float learningRate,
    NerPreset preset,
    boolean frameByFrame,
    boolean augment,
    Path out,
    Path resume,
    ComputeDevice device,
    int checkpointEvery,
    long seed) {
  public NerTrainingRequest {
    Objects.requireNonNull(data, "data");
    if (distillSteps < 0 || steps < 1 || batch < 1) {
      throw new IllegalArgumentException(
          "--steps and --batch must be at least 1 and --distill-steps not negative");
    }
  }
}
