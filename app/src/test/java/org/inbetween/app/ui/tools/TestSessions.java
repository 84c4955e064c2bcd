package org.inbetween.app.ui.tools;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;

/** Editor sessions on a real project of the built-in demo video, for view-model tests. */
public final class TestSessions {
  private TestSessions() {}

  /** A new demo project in {@code dir} with objects named {@code objects} (ids 1, 2, ...). */
  public static EditorSession demo(Path dir, String... objects) throws IOException {
    ProjectStore store =
        ProjectStore.create(dir, NewProject.demo(), StoreOptions.defaults().withoutAutosave());
    for (String name : objects) {
      store.addObject(name);
    }
    EditorSession session = new EditorSession(store, new DemoVideo());
    session.userNameProperty().set("ana");
    return session;
  }

  /** The project in {@code dir} as a fresh process would find it. */
  public static ProjectStore reopen(Path dir) throws IOException {
    return ProjectStore.open(dir, StoreOptions.defaults().withoutAutosave());
  }

  /** An editor whose writes run synchronously on the calling thread. */
  public static MaskEditor synchronousEditor(EditorSession session) {
    return new MaskEditor(session, Runnable::run, Runnable::run);
  }
}
