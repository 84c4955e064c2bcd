package org.inbetween.app.quality;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.MaskConfidence;
import org.inbetween.models.pseudo.OverlapResolver;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;

/**
 * One frame generated from the keyframes around it, as the pseudo-label job makes it: each object's
 * soft mask, then one label per pixel by {@link OverlapResolver}.
 *
 * @param objects each object's probability on the frame, by id
 * @param labels the resolved label mask
 */
public record GeneratedFrame(Map<Integer, SoftMask> objects, LabelMask labels) {
  public GeneratedFrame {
    objects = Map.copyOf(objects);
  }

  /**
   * Generates {@code frame} from {@code sides} (per object: its mask on the keyframe before, then
   * on the keyframe after).
   */
  public static GeneratedFrame of(
      PseudoLabelGenerator generator,
      int frame,
      Map<Integer, SoftMask[]> sides,
      int width,
      int height)
      throws IOException {
    Map<Integer, SoftMask> objects = new TreeMap<>();
    for (Map.Entry<Integer, SoftMask[]> side : sides.entrySet()) {
      SoftMask[] masks = side.getValue();
      objects.put(
          side.getKey(), generator.generate(new PseudoLabelRequest(frame, masks[0], masks[1])));
    }
    return new GeneratedFrame(objects, OverlapResolver.resolve(frame, width, height, objects));
  }

  /** The frame's {@link MaskConfidence}, the number the pseudo-label job records. */
  public double confidence() {
    return MaskConfidence.of(objects.values());
  }
}
