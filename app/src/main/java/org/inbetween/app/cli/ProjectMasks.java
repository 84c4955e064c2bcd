package org.inbetween.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.inbetween.app.files.Folders;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * A project's human masks as a temporary sequence folder that {@code eval} can score.
 *
 * <p>The masks are read through the store, not from {@code masks/human} directly, so that edits
 * still in the journal count and deleted objects read as background. The sequence is named after
 * the project's source (a DAVIS import of {@code JPEGImages/480p/bus} becomes {@code bus}), and
 * frames are named {@code 00000.png} upwards as in DAVIS.
 */
final class ProjectMasks {
  private ProjectMasks() {}

  static boolean isProject(Path folder) {
    return Files.isRegularFile(folder.resolve("project.json"));
  }

  static Exported exportHumanMasks(Path projectDir) throws IOException {
    Path root = Files.createTempDirectory("inbetween-eval-");
    try (ProjectStore store = ProjectStore.openReadOnly(projectDir)) {
      Project project = store.project();
      Path sequence = Files.createDirectory(root.resolve(sequenceName(project, projectDir)));
      for (int frame = 0; frame < project.frameCount(); frame++) {
        Optional<LabelMask> mask = store.humanMask(frame);
        if (mask.isPresent()) {
          try (OutputStream out =
              Files.newOutputStream(sequence.resolve(String.format("%05d.png", frame)))) {
            Masks.writePng(mask.get(), out);
          }
        }
      }
      return new Exported(root);
    } catch (IOException | RuntimeException e) {
      new Exported(root).close();
      throw e;
    }
  }

  static String sequenceName(Project project, Path projectDir) {
    Path source = project.source().resolve(projectDir).getFileName();
    return source == null
        ? projectDir.toAbsolutePath().getFileName().toString()
        : source.toString();
  }

  /** The temporary folder; deleted on close. */
  record Exported(Path root) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      Folders.deleteRecursively(root);
    }
  }
}
