package org.inbetween.app.ui.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.quality.ShiftedMasks;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;

/**
 * The demo video as a project: its ground truth on frame 0 as the human mask, on frame 1 as a
 * pseudo-label, and on frame 0 shifted right as the "rcrnet" model's prediction (so that the
 * difference view has something to show). Object 1 is recoloured, to prove the viewer uses the
 * project's colours and not the palette.
 */
final class ViewerTestProjects {
  static final int RECOLOURED = 0x20C040;
  static final int MODEL_SHIFT = 12;
  static final MachineLayer MODEL = MachineLayer.model("rcrnet");

  private ViewerTestProjects() {}

  static EditorSession demoSession(Path dir) throws IOException {
    DemoVideo demo = new DemoVideo();
    ProjectStore store =
        ProjectStore.create(dir, NewProject.demo(), StoreOptions.defaults().withoutAutosave());
    for (int id : demo.groundTruth(0).objectIds()) {
      store.addObject(id, "object " + id);
    }
    store.recolourObject(1, RECOLOURED);
    store.putHumanMask(demo.groundTruth(0), "tester");
    Provenance provenance = Provenance.of("test", "", "", Map.of());
    store.putMachineMask(MachineLayer.pseudo(), demo.groundTruth(1), provenance);
    store.putMachineMask(MODEL, shiftedRight(demo.groundTruth(0)), provenance);
    return new EditorSession(store, demo);
  }

  /** {@code mask} moved {@link #MODEL_SHIFT} pixels to the right. */
  static LabelMask shiftedRight(LabelMask mask) {
    return shiftedRight(mask, MODEL_SHIFT);
  }

  /** {@code mask} moved {@code shift} pixels to the right. */
  static LabelMask shiftedRight(LabelMask mask, int shift) {
    return ShiftedMasks.right(mask, shift);
  }
}
