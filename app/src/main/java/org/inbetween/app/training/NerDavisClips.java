package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.inbetween.app.video.DavisLayout;
import org.inbetween.app.video.ImageFolderFrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.ner.NerClipSource;
import org.inbetween.models.ner.NerFrame;
import org.inbetween.models.ner.NerTargets;

/**
 * Training clips from DAVIS-layout sequences, drawn by {@link NerClipDraw}. Frames are read from
 * disk per clip (a JPEG decode is a few milliseconds against a training step of a second), so
 * memory does not grow with the dataset; targets are computed once per frame, on first use, and
 * kept at the network's input size (a pseudo-label or a teacher's map costs far more than a step).
 */
final class NerDavisClips implements NerClipSource {
  private final Path davis;
  private final List<String> names;
  private final List<DavisLayout> layouts = new ArrayList<>();
  private final int[] frameCounts;
  private final int size;
  private final NerSequenceTargets targets;
  private final Map<String, SoftMask> cache = new HashMap<>();

  /**
   * @param size side of the network's input, the size targets are kept at
   * @throws IOException naming the sequence when one is missing or empty
   */
  NerDavisClips(Path davis, List<String> names, int size, NerSequenceTargets targets)
      throws IOException {
    if (names.isEmpty()) {
      throw new IllegalArgumentException("no sequences to train RCRNet+NER on");
    }
    this.davis = davis;
    this.names = List.copyOf(names);
    this.size = size;
    this.targets = targets;
    frameCounts = new int[names.size()];
    for (int s = 0; s < names.size(); s++) {
      DavisLayout layout = DavisLayout.of(davis, names.get(s));
      layouts.add(layout);
      try (ImageFolderFrameSource source = ImageFolderFrameSource.open(layout.frames())) {
        frameCounts[s] = source.frameCount();
      }
    }
  }

  /** Frames with a target, over all sequences, for the run's description. */
  int framesWithTargets() {
    int count = 0;
    for (int frameCount : frameCounts) {
      for (int k = 0; k < frameCount; k++) {
        count += targets.has(k, frameCount) ? 1 : 0;
      }
    }
    return count;
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
            (s, k) -> targets.has(k, frameCounts[s]),
            names + " under " + davis);
    return clip(pick.sequence(), pick.start(), length);
  }

  private List<NerFrame> clip(int s, int start, int length) throws IOException {
    DavisLayout layout = layouts.get(s);
    int count = frameCounts[s];
    List<NerFrame> clip = new ArrayList<>(length);
    try (ImageFolderFrameSource source = ImageFolderFrameSource.open(layout.frames())) {
      NerSequenceTargets.Truth truth = frame -> truth(source, layout, frame);
      for (int k = start; k < start + length; k++) {
        if (!targets.has(k, count)) {
          clip.add(NerFrame.unlabelled(source.frame(k)));
          continue;
        }
        String key = names.get(s) + "/" + k;
        SoftMask target = cache.get(key);
        if (target == null) {
          target = NerTargets.resized(targets.target(names.get(s), k, source::frame, truth), size);
          cache.put(key, target);
        }
        clip.add(new NerFrame(source.frame(k), target, targets.weight(k)));
      }
    }
    return clip;
  }

  private static LabelMask truth(ImageFolderFrameSource source, DavisLayout layout, int frame)
      throws IOException {
    String name = source.file(frame).getFileName().toString();
    return Masks.fromPng(
        layout.annotations().resolve(name.substring(0, name.lastIndexOf('.')) + ".png"), frame);
  }
}
