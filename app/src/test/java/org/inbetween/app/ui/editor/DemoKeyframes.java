package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import javafx.stage.Stage;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;

/** An editor on a new demo project with its three objects' true masks on some keyframes. */
final class DemoKeyframes {
  private DemoKeyframes() {}

  /** Creates the project in {@code dir} and shows it; call from the FX thread. */
  static EditorWindow show(Path dir, int... keyframes) throws IOException {
    DemoVideo demo = new DemoVideo();
    ProjectStore store = ProjectStore.create(dir, NewProject.demo());
    store.addObject("ellipse");
    store.addObject("pentagon");
    store.addObject("star");
    for (int frame : keyframes) {
      store.putHumanMask(demo.groundTruth(frame), "keyframer");
    }
    return EditorWindow.show(new Stage(), new EditorSession(store, demo));
  }
}
