package org.inbetween.app.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.store.ProjectStore;

/**
 * The keyframes {@code eval --plot} marks on each sequence's J trace: the human frames of the
 * project (or of each project in a folder) that {@code --pred} names, by the sequence name {@code
 * eval} gives it. A plain results folder has no keyframes to mark. Frame numbers are the project's,
 * which are the evaluation's frame order when the ground truth holds every frame from the first (as
 * DAVIS does).
 */
final class ProjectKeyframes {
  private ProjectKeyframes() {}

  static Map<String, Set<Integer>> of(Path predictions) throws IOException {
    Map<String, Set<Integer>> keyframes = new TreeMap<>();
    for (Path projectDir : projects(predictions)) {
      try (ProjectStore store = ProjectStore.openReadOnly(projectDir)) {
        Project project = store.project();
        Set<Integer> human = new TreeSet<>();
        for (FrameRecord record : project.frames().values()) {
          if (record.humanLabel().isPresent()) {
            human.add(record.frame());
          }
        }
        keyframes.put(ProjectMasks.sequenceName(project, projectDir), human);
      }
    }
    return keyframes;
  }

  private static List<Path> projects(Path predictions) throws IOException {
    if (ProjectMasks.isProject(predictions)) {
      return List.of(predictions);
    }
    List<Path> projects = new ArrayList<>();
    if (Files.isDirectory(predictions)) {
      try (Stream<Path> children = Files.list(predictions)) {
        children.filter(ProjectMasks::isProject).sorted().forEach(projects::add);
      }
    }
    return projects;
  }
}
