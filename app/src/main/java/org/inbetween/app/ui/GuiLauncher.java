package org.inbetween.app.ui;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.demo.DemoVideo;

/**
 * Starts the GUI from the command line. Kept apart from {@link InbetweenApp}: launching JavaFX from
 * a class that does not extend {@code Application} is what lets the app run from a plain classpath.
 *
 * <pre>{@code
 * System.exit(GuiLauncher.launchDemo());
 * System.exit(GuiLauncher.launch(() -> FrameSources.open(path)));
 * }</pre>
 *
 * <p>Each call blocks until the window is closed and returns the exit code. JavaFX can be launched
 * only once per process, so only one of these may be called, once.
 */
public final class GuiLauncher {
  /** Opens what the window shows; may fail with a message naming the file. */
  @FunctionalInterface
  public interface SourceOpener {
    FrameSource open() throws IOException;
  }

  private GuiLauncher() {}

  /** The built-in demo video with its ground-truth masks overlaid. */
  public static int launchDemo() {
    try (DemoVideo demo = new DemoVideo()) {
      return InbetweenApp.run(ViewerInput.demo(demo));
    }
  }

  /**
   * A project: its frames, with its human masks overlaid. The project is opened (and its journal
   * replayed) before any window appears, so a damaged project fails here with its exception.
   */
  public static int launchProject(Path projectDir) throws IOException {
    try (ProjectStore store = ProjectStore.open(projectDir);
        FrameSource source = ProjectFrames.open(store.project(), projectDir)) {
      return InbetweenApp.run(ViewerInput.project(source, store));
    }
  }

  /**
   * The frames {@code opener} opens. It is called before any window appears, so a missing or
   * corrupt file fails here, with its exception, and the caller can report it as bad input.
   */
  public static int launch(SourceOpener opener) throws IOException {
    try (FrameSource source = opener.open()) {
      return InbetweenApp.run(ViewerInput.framesOnly(source));
    }
  }
}
