package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.List;
import org.inbetween.models.ner.NerPreset;
import org.inbetween.models.train.ComputeDevice;

/**
 * Everything {@code train ner} needs.
 *
 * @param davis the DAVIS root
 * @param sequences the sequences to train on
 * @param labelEvery ground truth on frames 0, l, 2l… only (1: every frame)
 * @param fill the pseudo-label method between ground-truth frames, or null for none
 * @param pseudoWeight loss weight of a pseudo-label (ground truth weighs 1)
 * @param distillSteps the first this many steps learn the U²-Net-p maps of every frame instead
 * @param steps steps in all, counting a resumed checkpoint's
 * @param batch clips per step
 * @param learningRate Adam's learning rate
 * @param preset the network size
 * @param frameByFrame the static RCRNet (no NER module, clips of 1 frame)
 * @param out the checkpoint folder
 * @param resume the checkpoint to continue from, or null
 * @param device where to train (resolved: cpu or gpu)
 * @param checkpointEvery save every this many steps (and at the end)
 * @param seed seeds the weights and the clips drawn
 */
public record NerTrainingRequest(
    Path davis,
    List<String> sequences,
    int labelEvery,
    String fill,
    float pseudoWeight,
    long distillSteps,
    long steps,
    int batch,
    float learningRate,
    NerPreset preset,
    boolean frameByFrame,
    Path out,
    Path resume,
    ComputeDevice device,
    int checkpointEvery,
    long seed) {
  public NerTrainingRequest {
    sequences = List.copyOf(sequences);
    if (labelEvery < 1) {
      throw new IllegalArgumentException("--label-every must be at least 1, was " + labelEvery);
    }
    if (!(pseudoWeight >= 0 && Float.isFinite(pseudoWeight))) {
      throw new IllegalArgumentException("--pseudo-weight must be >= 0, was " + pseudoWeight);
    }
    if (distillSteps < 0 || steps < 1 || batch < 1) {
      throw new IllegalArgumentException(
          "--steps and --batch must be at least 1 and --distill-steps not negative");
    }
  }
}
