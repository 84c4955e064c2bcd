package org.inbetween.app.ui.viewer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.CurrentThreadTaskRunner;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.FrameCache;
import org.inbetween.app.video.FrameSources;
import org.inbetween.models.image.LabelMask;

/**
 * Projects for the viewer's benchmark and screenshot: a DAVIS sequence (or any frames) imported
 * through {@link ProjectImport}, plus a SIMULATED model layer (the human masks moved right) so the
 * overlays and the difference view have something to draw. No model ran: the layer is labelled
 * "simulated" in its provenance and in everything that shows it.
 */
final class BenchProjects {
  static final MachineLayer SIMULATED = MachineLayer.model("simulated");

  private BenchProjects() {}

  /** Imports {@code frames} (with {@code masks} as human masks, if given) into {@code project}. */
  static void importProject(Path frames, Optional<Path> masks, Path project) throws Exception {
    new CurrentThreadTaskRunner()
        .run(
            new ProjectImport(
                new ImportRequest(frames, masks, project, 5, MaskSizePolicy.REFUSE, "DAVIS")));
  }

  /** Puts each human mask, shifted {@code shift} pixels right, into the simulated model layer. */
  static void addSimulatedModel(Path project, int shift) throws IOException {
    try (ProjectStore store = ProjectStore.open(project)) {
      Provenance provenance = Provenance.of("simulated", "", "", Map.of("shift", "" + shift));
      for (int frame = 0; frame < store.project().frameCount(); frame++) {
        Optional<LabelMask> human = store.humanMask(frame);
        if (human.isPresent()) {
          store.putMachineMask(
              SIMULATED, ViewerTestProjects.shiftedRight(human.get(), shift), provenance);
        }
      }
      store.checkpoint();
    }
  }

  /** Opens {@code project} as the editor does: the store and its frames behind a fresh cache. */
  static EditorSession open(Path project) throws IOException {
    ProjectStore store = ProjectStore.open(project);
    return new EditorSession(
        store, new FrameCache(FrameSources.open(store.project().source().resolve(project))));
  }
}
