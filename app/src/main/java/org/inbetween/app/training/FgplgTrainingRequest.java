package org.inbetween.app.training;

import java.nio.file.Path;
import java.util.List;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.ComputeDevice;

/**
 * What {@code train fgplg} trains on and how, already checked by whoever asked (the command line
 * checks its options): {@link FgplgTrainingTask} only runs it.
 *
 * @param davis the DAVIS-layout dataset root
 * @param sequences the sequences trained on
 * @param heldOutSequences whole sequences held out for validation; when empty, {@code holdout} of
 *     the training triples are
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
 */
public record FgplgTrainingRequest(
    Path davis,
    List<String> sequences,
    List<String> heldOutSequences,
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
    long seed) {
  public FgplgTrainingRequest {
    sequences = List.copyOf(sequences);
    heldOutSequences = List.copyOf(heldOutSequences);
    intervals = List.copyOf(intervals);
  }
}
