package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.video.FrameSources;

/**
 * What a path given to File &gt; Open or dropped on the window is: a project folder, or frames (a
 * video file or an image folder) to import into a new project next to them.
 *
 * @param path the path as given, absolute
 * @param isProject a folder holding {@code project.json}
 */
record OpenTarget(Path path, boolean isProject) {
  /** Suffix of the project folder made next to an imported video or image folder. */
  static final String PROJECT_SUFFIX = "-inbetween";

  /**
   * @throws IOException naming the path when it is missing or is a single file that is not a video
   */
  static OpenTarget of(Path given) throws IOException {
    Path path = given.toAbsolutePath().normalize();
    if (Files.isDirectory(path)) {
      return new OpenTarget(path, Files.isRegularFile(path.resolve("project.json")));
    }
    if (Files.isRegularFile(path) && path.getFileName().toString().equals("project.json")) {
      return new OpenTarget(path.getParent(), true);
    }
    if (!Files.exists(path)) {
      throw new IOException(path + ": no such file or folder");
    }
    if (!looksLikeVideo(path)) {
      throw new IOException(path + ": not a video file, an image folder or a project folder");
    }
    return new OpenTarget(path, false);
  }

  /** Whether a dropped file is worth offering to open (checked again on drop). */
  static boolean acceptsDrop(Path path) {
    return Files.isDirectory(path) || looksLikeVideo(path) || path.endsWith("project.json");
  }

  /**
   * The project folder for imported frames: {@code NAME-inbetween} beside them ({@code clip.mp4}
   * becomes {@code clip-inbetween}); an existing project of that name is reused (opening the same
   * video twice continues the work), any other existing folder gets a number ({@code
   * clip-inbetween-2}).
   */
  Path projectFolder() {
    String name = path.getFileName().toString();
    int dot = Files.isDirectory(path) ? -1 : name.lastIndexOf('.');
    String base = (dot > 0 ? name.substring(0, dot) : name) + PROJECT_SUFFIX;
    Path candidate = path.resolveSibling(base);
    for (int n = 2; Files.exists(candidate) && !isProjectFolder(candidate); n++) {
      candidate = path.resolveSibling(base + "-" + n);
    }
    return candidate;
  }

  static boolean isProjectFolder(Path dir) {
    return Files.isRegularFile(dir.resolve("project.json"));
  }

  private static boolean looksLikeVideo(Path path) {
    return Files.isRegularFile(path) && FrameSources.isVideoName(path.getFileName().toString());
  }
}
