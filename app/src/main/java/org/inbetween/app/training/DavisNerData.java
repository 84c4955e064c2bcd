package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.saliency.SaliencyModel;

/**
 * DAVIS-layout sequences with sparse ground truth ({@code --davis}), the paper's setting: every
 * l-th frame's mask, optionally pseudo-labels between ({@link TruthTargets}).
 *
 * @param davis the DAVIS root
 * @param sequences the sequences to train on
 * @param labelEvery ground truth on frames 0, l, 2l… only (1: every frame)
 * @param fill the pseudo-label method between ground-truth frames, or null for none
 * @param pseudoWeight loss weight of a pseudo-label (ground truth weighs 1)
 */
public record DavisNerData(
    Path davis, List<String> sequences, int labelEvery, String fill, float pseudoWeight)
    implements NerData {
  public DavisNerData {
    sequences = List.copyOf(sequences);
    if (labelEvery < 1) {
      throw new IllegalArgumentException("--label-every must be at least 1, was " + labelEvery);
    }
    if (!(pseudoWeight >= 0 && Float.isFinite(pseudoWeight))) {
      throw new IllegalArgumentException("--pseudo-weight must be >= 0, was " + pseudoWeight);
    }
  }

  @Override
  public NerClips open(int size, SaliencyModel teacher) throws IOException {
    TruthTargets truth =
        new TruthTargets(
            labelEvery, fill == null ? null : GeneratorRegistry.standard().get(fill), pseudoWeight);
    try {
      NerDavisClips clips = new NerDavisClips(davis, sequences, size, truth);
      NerDavisClips distill =
          teacher == null
              ? null
              : new NerDavisClips(davis, sequences, size, new TeacherTargets(teacher));
      return new NerClips(
          clips,
          distill,
          String.format(
              Locale.ROOT,
              "%d sequences, %d of %d frames with a target",
              sequences.size(),
              clips.framesWithTargets(),
              clips.frames()),
          String.format(
              Locale.ROOT,
              "DAVIS %s sequences %s: ground truth every %d frame(s), fill %s (weight %s), %d of"
                  + " %d frames with a target",
              davis.toAbsolutePath(),
              sequences,
              labelEvery,
              fill == null ? "none" : fill,
              pseudoWeight,
              clips.framesWithTargets(),
              clips.frames()),
          truth::close);
    } catch (IOException | RuntimeException e) {
      truth.close();
      throw e;
    }
  }
}
