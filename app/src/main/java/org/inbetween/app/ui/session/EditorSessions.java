package org.inbetween.app.ui.session;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameCache;
import org.inbetween.app.video.FrameSource;

/**
 * Opens a project folder as an editor session: the store and its frames, behind a cache. Shared by
 * the launcher and the window's File menu, so both open a project the same way.
 */
public final class EditorSessions {
  private EditorSessions() {}

  /**
   * @throws IOException naming the file when the project or its frames cannot be read; nothing is
   *     left open then
   */
  public static EditorSession open(Path projectDir) throws IOException {
    return open(ProjectStore.open(projectDir), projectDir);
  }

  /** A session on an open {@code store}; the store is closed if its frames cannot be opened. */
  public static EditorSession open(ProjectStore store, Path projectDir) throws IOException {
    FrameSource frames;
    try {
      frames = new FrameCache(ProjectFrames.open(store.project(), projectDir));
    } catch (IOException | RuntimeException e) {
      store.close();
      throw e;
    }
    return new EditorSession(store, frames);
  }
}
