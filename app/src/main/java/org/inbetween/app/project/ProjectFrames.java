package org.inbetween.app.project;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.FrameSources;
import org.inbetween.app.video.demo.DemoVideo;

/**
 * Opens the frames a project was made from, wherever its {@link SourceRef} points, turned as the
 * project recorded ({@link Project#sourceRotation()}), so they stay aligned with its masks.
 */
public final class ProjectFrames {
  private ProjectFrames() {}

  /**
   * @throws IOException naming the source when it is gone or no longer has the project's geometry
   */
  public static FrameSource open(Project project, Path projectDir) throws IOException {
    FrameSource source =
        project.source().kind() == SourceKind.DEMO
            ? new DemoVideo()
            : FrameSources.open(project.source().resolve(projectDir), project.sourceRotation());
    if (source.frameCount() != project.frameCount()
        || source.width() != project.width()
        || source.height() != project.height()) {
      String found = source.frameCount() + " frames of " + source.width() + "x" + source.height();
      source.close();
      throw new IOException(
          source.description()
              + ": the project expects "
              + project.frameCount()
              + " frames of "
              + project.width()
              + "x"
              + project.height()
              + " but the source now has "
              + found);
    }
    return source;
  }
}
