package org.inbetween.app.training;

import java.io.IOException;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.ner.NerTargets;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * Sparse ground truth, the paper's setting: frames 0, l, 2l… carry their human masks (all objects
 * as one salient region, weight 1); with a fill method, the frames between two consecutive
 * ground-truth frames carry that method's pseudo-label (the union of its per-object maps) at the
 * pseudo-label weight. Frames after the last ground-truth frame have no target.
 *
 * <p>One generator is kept open for the sequence last asked about, so its cached work (flows) is
 * reused while clips of that sequence are built. Not thread-safe.
 */
final class TruthTargets implements NerSequenceTargets, AutoCloseable {
  private final int labelEvery;
  private final GeneratorFactory fill;
  private final float pseudoWeight;
  private String openFor;
  private PseudoLabelGenerator generator;

  /**
   * @param labelEvery l: ground truth on every l-th frame (1: every frame)
   * @param fill the pseudo-label method between ground-truth frames, or null for none
   * @param pseudoWeight the loss weight of a pseudo-label
   */
  TruthTargets(int labelEvery, GeneratorFactory fill, float pseudoWeight) {
    if (labelEvery < 1) {
      throw new IllegalArgumentException("--label-every must be at least 1, was " + labelEvery);
    }
    this.labelEvery = labelEvery;
    this.fill = fill;
    this.pseudoWeight = pseudoWeight;
  }

  @Override
  public boolean has(int frame, int frameCount) {
    return isTruth(frame) || (fill != null && frame < lastTruth(frameCount));
  }

  @Override
  public float weight(int frame) {
    return isTruth(frame) ? 1f : pseudoWeight;
  }

  @Override
  public SoftMask target(String sequence, int frame, Frames frames, Truth truth)
      throws IOException {
    if (isTruth(frame)) {
      return NerTargets.salient(truth.of(frame));
    }
    int before = frame / labelEvery * labelEvery;
    LabelMask first = truth.of(before);
    LabelMask second = truth.of(before + labelEvery);
    PseudoLabelGenerator method = generator(sequence, frames);
    SoftMask union = KeyframeMasks.absent(frame, first.width(), first.height());
    TreeSet<Integer> ids = new TreeSet<>();
    IntStream.of(first.objectIds()).forEach(ids::add);
    IntStream.of(second.objectIds()).forEach(ids::add);
    for (int id : ids) {
      SoftMask map =
          method.generate(
              new PseudoLabelRequest(
                  frame, KeyframeMasks.of(first, id), KeyframeMasks.of(second, id)));
      union = NerTargets.union(union, map);
    }
    return union;
  }

  private boolean isTruth(int frame) {
    return frame % labelEvery == 0;
  }

  private int lastTruth(int frameCount) {
    return (frameCount - 1) / labelEvery * labelEvery;
  }

  private PseudoLabelGenerator generator(String sequence, Frames frames) {
    if (!sequence.equals(openFor)) {
      close();
      generator = fill.create(frames, GeneratorSettings.defaults());
      openFor = sequence;
    }
    return generator;
  }

  @Override
  public void close() {
    if (generator != null) {
      generator.close();
      generator = null;
      openFor = null;
    }
  }
}
