package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.fgplg.PriorCorruption;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.ComputeDevice;

/**
 * What {@code train fgplg} trains on and how, already checked by whoever asked (the command line
 * checks its options): {@link FgplgTrainingTask} only runs it.
 *
 * @param data where the examples come from (a DAVIS folder or exports) and which sequences are held
 *     out for validation; when none is, {@code holdout} of the training triples are
 * @param intervals keyframe intervals l whose gaps are mixed into one training set
 * @param middle which frames between keyframes are targets
 * @param steps total steps, counting a resumed checkpoint's
 * @param learningRate Adam learning rate of a fresh network
 * @param preset the network size
 * @param out the checkpoint folder
 * @param resume a checkpoint to continue from, or null
 * @param device the resolved device
 * @param validateEvery measure held-out J every this many steps
 * @param checkpointEvery save a checkpoint every this many steps
 * @param holdout the fraction of triples held out when no sequence is
 * @param seed seeds the hold-out, the example order and augmentation
 * @param corruption how the training examples' priors are damaged (see {@link PriorCorruption})
 */
public record FgplgTrainingRequest(
    FgplgData data,
    List<Integer> intervals,
    FgplgTriples.Middle middle,
    long steps,
    float learningRate,
    RcrNetPreset preset,
    Path out,
    Path resume,
    ComputeDevice device,
    int validateEvery,
    int checkpointEvery,
    double holdout,
    long seed,
    PriorCorruption corruption) {
  public FgplgTrainingRequest {
    Objects.requireNonNull(data, "data");
    intervals = List.copyOf(intervals);
  }
}
