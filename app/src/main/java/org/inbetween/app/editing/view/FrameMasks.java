package org.inbetween.app.editing.view;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;

/**
 * Every mask layer's label map on one frame, read together so that the viewer composes a consistent
 * overlay (never a human mask of one revision with a pseudo-label of another frame).
 *
 * @param frame the frame index
 * @param masks label maps by layer; layers without a mask on this frame are absent
 */
public record FrameMasks(int frame, Map<ViewLayer, LabelMask> masks) {
  public FrameMasks {
    masks = Map.copyOf(masks);
  }

  /** Reads the human mask and every machine layer's label mask of {@code frame}. */
  public static FrameMasks read(ProjectStore store, int frame) throws IOException {
    Map<ViewLayer, LabelMask> masks = new TreeMap<>(ViewLayer.BOTTOM_FIRST);
    store.humanMask(frame).ifPresent(mask -> masks.put(ViewLayer.HUMAN, mask));
    for (MachineLayer layer : store.machineLayers()) {
      store.machineMask(layer, frame).ifPresent(mask -> masks.put(ViewLayer.of(layer), mask));
    }
    return new FrameMasks(frame, masks);
  }

  public Optional<LabelMask> mask(ViewLayer layer) {
    return Optional.ofNullable(masks.get(layer));
  }
}
