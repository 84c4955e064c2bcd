package org.inbetween.app.labeling;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.KeyframeMasks;

/**
 * The per-object keyframe masks of one gap, read once from the human layer.
 *
 * <p>An object is propagated when it has pixels on at least one of the two keyframes. One that is
 * marked absent on both, or simply not painted on either, is left out: there is nothing to carry
 * into the gap. Absent on one side only, it enters as an empty mask on that side, so it fades out
 * (or in) across the gap.
 *
 * @param masks by object id: the mask on keyframe i, then on keyframe j
 */
record KeyframeSides(Map<Integer, SoftMask[]> masks) {
  static KeyframeSides read(ProjectStore store, Project project, KeyframeGap gap)
      throws IOException {
    LabelMask before = human(store, gap.before());
    LabelMask after = human(store, gap.after());
    FrameRecord beforeRecord = project.frame(gap.before());
    FrameRecord afterRecord = project.frame(gap.after());
    Map<Integer, SoftMask[]> masks = new LinkedHashMap<>();
    for (TrackedObject object : project.objects()) {
      int id = object.id();
      boolean onBefore = !beforeRecord.isAbsent(id) && before.area(id) > 0;
      boolean onAfter = !afterRecord.isAbsent(id) && after.area(id) > 0;
      if (onBefore || onAfter) {
        masks.put(id, new SoftMask[] {side(before, id, onBefore), side(after, id, onAfter)});
      }
    }
    return new KeyframeSides(masks);
  }

  /**
   * The masks of the objects present on keyframe {@code anchor}, by object id, for one-sided
   * propagation: an object absent there has nothing to propagate.
   */
  static Map<Integer, SoftMask> anchor(ProjectStore store, Project project, int anchor)
      throws IOException {
    LabelMask mask = human(store, anchor);
    FrameRecord record = project.frame(anchor);
    Map<Integer, SoftMask> masks = new LinkedHashMap<>();
    for (TrackedObject object : project.objects()) {
      int id = object.id();
      if (!record.isAbsent(id) && mask.area(id) > 0) {
        masks.put(id, KeyframeMasks.of(mask, id));
      }
    }
    return masks;
  }

  private static SoftMask side(LabelMask mask, int id, boolean present) {
    return present
        ? KeyframeMasks.of(mask, id)
        : KeyframeMasks.absent(mask.frame(), mask.width(), mask.height());
  }

  private static LabelMask human(ProjectStore store, int frame) throws IOException {
    Optional<LabelMask> mask = store.humanMask(frame);
    return mask.orElseThrow(
        () -> new IllegalStateException("keyframe " + frame + " lost its human mask"));
  }
}
