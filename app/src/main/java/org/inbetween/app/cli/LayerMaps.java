package org.inbetween.app.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.eval.EvaluationInputException;

/**
 * One machine layer of a project (or of every project in a folder) as a temporary folder of {@code
 * <sequence>/NNNNN.png} that {@code eval} scores like any results folder.
 *
 * <p>Where the layer holds soft maps a frame becomes an 8-bit grayscale PNG of the highest
 * probability over the objects ("any object", as the saliency metrics want it; a class-agnostic
 * model stores one map anyway); where it holds only label masks, the palette PNG. Frames without
 * either are left out, so {@code eval} names the first missing one.
 */
final class LayerMaps {
  private LayerMaps() {}

  /**
   * Exports {@code layer} of the project {@code folder}, or of every project directly inside it.
   *
   * @throws EvaluationInputException if {@code folder} is neither, or two projects share a sequence
   */
  static ProjectMasks.Exported export(Path folder, MachineLayer layer) throws IOException {
    List<Path> projects = projects(folder);
    Path root = Files.createTempDirectory("inbetween-eval-layer-");
    try {
      for (Path project : projects) {
        exportProject(project, layer, root);
      }
      return new ProjectMasks.Exported(root);
    } catch (IOException | RuntimeException e) {
      new ProjectMasks.Exported(root).close();
      throw e;
    }
  }

  private static List<Path> projects(Path folder) throws IOException {
    if (ProjectMasks.isProject(folder)) {
      return List.of(folder);
    }
    if (!Files.isDirectory(folder)) {
      throw new EvaluationInputException(folder, "no such project or folder of projects");
    }
    List<Path> projects = new ArrayList<>();
    try (Stream<Path> children = Files.list(folder)) {
      children.filter(ProjectMasks::isProject).sorted().forEach(projects::add);
    }
    if (projects.isEmpty()) {
      throw new EvaluationInputException(
          folder, "--layer needs a project, or a folder of projects; found neither");
    }
    return projects;
  }

  private static void exportProject(Path projectDir, MachineLayer layer, Path root)
      throws IOException {
    try (ProjectStore store = ProjectStore.open(projectDir)) {
      Project project = store.project();
      if (!store.machineLayers().contains(layer)) {
        throw new EvaluationInputException(
            projectDir,
            "the project has no layer "
                + layer.folder()
                + "; its machine layers are "
                + store.machineLayers().stream().map(MachineLayer::folder).toList());
      }
      Path sequence = root.resolve(ProjectMasks.sequenceName(project, projectDir));
      if (Files.exists(sequence)) {
        throw new EvaluationInputException(
            projectDir, "a second project of sequence " + sequence.getFileName());
      }
      Files.createDirectory(sequence);
      for (int frame = 0; frame < project.frameCount(); frame++) {
        Path file = sequence.resolve(String.format("%05d.png", frame));
        Optional<SoftMask> soft = anyObject(store, project, layer, frame);
        if (soft.isPresent()) {
          try (OutputStream out = Files.newOutputStream(file)) {
            Masks.writePng(soft.get(), out);
          }
          continue;
        }
        Optional<LabelMask> labels = store.machineMask(layer, frame);
        if (labels.isPresent()) {
          try (OutputStream out = Files.newOutputStream(file)) {
            Masks.writePng(labels.get(), out);
          }
        }
      }
    }
  }

  /** The per-pixel maximum of the objects' soft maps on {@code frame}, if any object has one. */
  private static Optional<SoftMask> anyObject(
      ProjectStore store, Project project, MachineLayer layer, int frame) throws IOException {
    float[] max = null;
    for (TrackedObject object : project.objects()) {
      Optional<SoftMask> map = store.machineSoftMask(layer, frame, object.id());
      if (map.isEmpty()) {
        continue;
      }
      float[] p = map.get().probabilities();
      if (max == null) {
        max = p;
      } else {
        for (int i = 0; i < p.length; i++) {
          max[i] = Math.max(max[i], p[i]);
        }
      }
    }
    return max == null
        ? Optional.empty()
        : Optional.of(Masks.softFromProbabilities(frame, project.width(), project.height(), max));
  }
}
