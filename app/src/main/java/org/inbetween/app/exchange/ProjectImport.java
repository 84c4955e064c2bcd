package org.inbetween.app.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.inbetween.app.project.MaskPng;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.FrameSources;
import org.inbetween.models.image.LabelMask;

/**
 * Creates a project from a video or image folder, optionally with masks that become human work.
 *
 * <p>The project is built in a {@link StagingFolder} and moved into place only when every mask has
 * been read and stored, so bad input (an unreadable PNG, a mask of the wrong size, a mask with no
 * frame) and cancellation leave no project behind and touch nothing else. Palette object ids are
 * kept as they are. A mask file with no object pixels at all says that every object known by then
 * is absent on its frame (DAVIS marks an object out of view that way); a mask that shows some
 * objects says nothing about the others, since sparse datasets label objects one at a time.
 */
public final class ProjectImport implements Task<ImportSummary> {
  private final ImportRequest request;

  public ProjectImport(ImportRequest request) {
    this.request = request;
  }

  @Override
  public String title() {
    return "Import " + request.frames().getFileName();
  }

  @Override
  public ImportSummary run(Progress progress) throws IOException {
    try (FrameSource frames = FrameSources.open(request.frames())) {
      SortedMap<Integer, Path> masks =
          request.masks().isPresent()
              ? MaskFiles.pair(request.masks().get(), frames)
              : new TreeMap<>();
      try (StagingFolder staging = StagingFolder.beside(request.project())) {
        TreeSet<Integer> objectIds;
        try (ProjectStore store =
            ProjectStore.create(
                staging.path(), spec(frames), StoreOptions.defaults().withoutAutosave())) {
          objectIds = importMasks(store, masks, frames, progress);
          store.checkpoint();
        }
        progress.checkCancelled();
        staging.moveTo();
        return new ImportSummary(
            request.project(),
            frames.frameCount(),
            masks.size(),
            objectIds.stream().toList(),
            frames.warnings());
      }
    }
  }

  private NewProject spec(FrameSource frames) {
    SourceKind kind =
        Files.isDirectory(request.frames()) ? SourceKind.IMAGE_FOLDER : SourceKind.VIDEO_FILE;
    return new NewProject(
        kind,
        request.frames().toAbsolutePath().normalize(),
        frames.frameCount(),
        frames.fps(),
        frames.width(),
        frames.height(),
        request.keyframeInterval(),
        request.name().orElse(null),
        frames.rotation());
  }

  private TreeSet<Integer> importMasks(
      ProjectStore store, SortedMap<Integer, Path> masks, FrameSource frames, Progress progress)
      throws IOException {
    TreeSet<Integer> known = new TreeSet<>();
    int done = 0;
    for (Map.Entry<Integer, Path> entry : masks.entrySet()) {
      progress.checkCancelled();
      Path file = entry.getValue();
      LabelMask mask =
          MaskFitting.fit(
              MaskPng.read(file, entry.getKey()),
              file,
              frames.width(),
              frames.height(),
              request.sizePolicy());
      for (int id : mask.objectIds()) {
        if (known.add(id)) {
          store.addObject(id, "object " + id);
        }
      }
      store.putHumanMask(mask, request.author());
      if (mask.isEmpty()) {
        for (int id : known) {
          store.markAbsent(mask.frame(), id, request.author());
        }
      }
      progress.update(++done, masks.size(), file.getFileName().toString());
    }
    return known;
  }
}
