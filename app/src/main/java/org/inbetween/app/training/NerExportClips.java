package org.inbetween.app.training;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.inbetween.app.exchange.dataset.DatasetImages;
import org.inbetween.app.training.dataset.ExportTrainingSet;
import org.inbetween.app.training.dataset.TrainingFrame;
import org.inbetween.app.training.dataset.TrainingSequence;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.ner.NerClipSource;
import org.inbetween.models.ner.NerFrame;
import org.inbetween.models.ner.NerTargets;

/**
 * Training clips from the training sequences of exports ({@code train ner --dataset}), drawn by
 * {@link NerClipDraw}. A frame's target is its exported mask, all objects as one salient region, at
 * its weight, only where the manifest and the rules give the frame a target ({@link
 * TrainingFrame#hasTarget}): an unreviewed pseudo-label stays unlabelled unless the rules ask for
 * it. With a teacher instead, every frame carries the teacher's map (distillation reads no label).
 *
 * <p>Images are read per clip; targets are computed once per frame and kept at the network's input
 * size. The set must stay open while clips are drawn.
 */
final class NerExportClips implements NerClipSource {
  private final ExportTrainingSet set;
  private final List<TrainingSequence> sequences;
  private final int[] frameCounts;
  private final int size;
  private final NerSequenceTargets teacher;
  private final Map<String, SoftMask> cache = new HashMap<>();

  /**
   * @param size side of the network's input, the size targets are kept at
   * @param teacher targets for every frame in place of the exported masks, or null for the masks
   */
  NerExportClips(ExportTrainingSet set, int size, NerSequenceTargets teacher) {
    this.set = set;
    this.sequences = set.training();
    if (sequences.isEmpty()) {
      throw new IllegalArgumentException(
          "no training sequence in " + set.exports() + " (every sequence is split val)");
    }
    this.size = size;
    this.teacher = teacher;
    frameCounts = sequences.stream().mapToInt(TrainingSequence::frameCount).toArray();
  }

  /** Frames with a target over the training sequences. */
  int framesWithTargets() {
    return teacher != null ? frames() : sequences.stream().mapToInt(s -> s.targets().size()).sum();
  }

  /** Frames in all. */
  int frames() {
    return IntStream.of(frameCounts).sum();
  }

  @Override
  public List<NerFrame> draw(Random random, int length) throws IOException {
    NerClipDraw.Pick pick =
        NerClipDraw.draw(
            random,
            length,
            frameCounts,
            (s, k) -> has(sequences.get(s).frame(k)),
            "the training sequences of " + set.exports() + " under " + set.rules().describe());
    TrainingSequence sequence = sequences.get(pick.sequence());
    Frames images = index -> DatasetImages.read(sequence.frame(index).image());
    NerFrame[] clip = new NerFrame[length];
    for (int i = 0; i < length; i++) {
      TrainingFrame frame = sequence.frame(pick.start() + i);
      clip[i] =
          has(frame)
              ? new NerFrame(
                  images.frame(frame.index()),
                  target(sequence, frame, images),
                  teacher != null ? teacher.weight(frame.index()) : frame.weight())
              : NerFrame.unlabelled(images.frame(frame.index()));
    }
    return List.of(clip);
  }

  private boolean has(TrainingFrame frame) {
    return teacher != null || frame.hasTarget();
  }

  private SoftMask target(TrainingSequence sequence, TrainingFrame frame, Frames images)
      throws IOException {
    String key = sequence.name() + "/" + frame.index();
    SoftMask target = cache.get(key);
    if (target == null) {
      SoftMask full =
          teacher != null
              ? teacher.target(
                  sequence.name(),
                  frame.index(),
                  images,
                  k -> set.mask(sequence, sequence.frame(k)))
              : NerTargets.salient(set.mask(sequence, frame));
      target = NerTargets.resized(full, size);
      cache.put(key, target);
    }
    return target;
  }
}
