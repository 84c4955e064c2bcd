package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.inbetween.app.exchange.ImportSummary;
import org.inbetween.app.exchange.StagingFolder;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.project.store.StoreOptions;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;
import org.inbetween.app.video.ImageFolderFrameSource;
import org.inbetween.models.image.LabelMask;

/**
 * Creates a project from one sequence of a dataset, in any registered format. The project's frames
 * are the dataset's own image folder (the project refers to it, as any image-folder project does).
 * If the dataset carries an Inbetween manifest, each mask returns to the workflow state it was
 * exported from (keyframe, accepted, corrected, unreviewed), object names and the keyframe interval
 * come back, and the manifest record is kept beside the project ({@link ImportedManifest}) so that
 * exporting the project again reproduces the manifest. Built in a staging folder: bad input or
 * cancelling leaves nothing behind.
 */
public final class DatasetImport implements Task<ImportSummary> {
  private final DatasetImportRequest request;

  public DatasetImport(DatasetImportRequest request) {
    this.request = request;
  }

  @Override
  public String title() {
    return "Import " + request.dataset().getFileName();
  }

  @Override
  public ImportSummary run(Progress progress) throws IOException {
    Optional<ExportManifest> manifest = ExportManifest.read(request.dataset());
    try (DatasetReader reader = request.format().reader(request.dataset())) {
      DatasetSequence sequence = pick(reader);
      Optional<ManifestSequence> record = manifest.flatMap(m -> m.sequence(sequence.name()));
      List<Integer> frames = reader.frames(sequence.name());
      Path folder = reader.image(sequence.name(), frames.get(0)).getParent();
      checkContiguous(frames, folder);
      checkImagesExist(reader, sequence.name(), frames);
      if (record.isPresent()) {
        checkRecord(record.get(), frames.size());
      }
      double fps = record.map(ManifestSequence::fps).orElse(sequence.fps());
      try (ImageFolderFrameSource source = ImageFolderFrameSource.open(folder, fps);
          StagingFolder staging = StagingFolder.beside(request.project())) {
        int masks;
        TreeSet<Integer> ids;
        try (ProjectStore store =
            ProjectStore.create(
                staging.path(),
                spec(source, folder, record),
                StoreOptions.defaults().withoutAutosave())) {
          ids = addObjects(store, record.map(ManifestSequence::objects).orElse(sequence.objects()));
          masks = restoreMasks(store, reader, sequence.name(), frames, record, ids, progress);
          store.checkpoint();
        }
        if (record.isPresent()) {
          new ImportedManifest(Instant.now(), record.get()).write(staging.path());
        }
        progress.checkCancelled();
        staging.moveTo();
        return new ImportSummary(request.project(), frames.size(), masks, ids.stream().toList());
      }
    }
  }

  private DatasetSequence pick(DatasetReader reader) throws IOException {
    List<String> names = reader.sequenceNames();
    if (request.sequence().isEmpty() && names.size() != 1) {
      throw new IOException(
          request.dataset() + ": choose a sequence with --sequence; it has " + names);
    }
    String wanted = request.sequence().orElse(names.get(0));
    return reader
        .sequence(wanted)
        .orElseThrow(
            () ->
                new IOException(
                    request.dataset() + ": no sequence \"" + wanted + "\"; it has " + names));
  }

  private static void checkContiguous(List<Integer> frames, Path folder) throws IOException {
    for (int i = 0; i < frames.size(); i++) {
      if (frames.get(i) != i) {
        throw new IOException(
            folder
                + ": frames must be numbered 0, 1, 2, ... without gaps; frame "
                + i
                + " is missing (an export made with --frames labelled keeps only the labelled"
                + " frames: export with --frames all to import it back as a project)");
      }
    }
  }

  /**
   * Every frame the dataset lists must have its image file; otherwise the frame source would count
   * fewer frames and the first mask past them would fail without naming the missing file.
   */
  private static void checkImagesExist(DatasetReader reader, String sequence, List<Integer> frames)
      throws IOException {
    for (int frame : frames) {
      Path image = reader.image(sequence, frame);
      if (!Files.isRegularFile(image)) {
        throw new NoSuchFileException(
            image + ": the image of frame " + frame + " is missing from the dataset");
      }
    }
  }

  /**
   * A manifest record that parses may still not fit the sequence; applying it anyway would file a
   * label under the wrong frame or state, so it refuses the import instead.
   */
  private void checkRecord(ManifestSequence record, int frameCount) throws IOException {
    Path file = request.dataset().resolve(ExportManifest.FILE_NAME);
    String where = file + ": sequence \"" + record.name() + "\": ";
    if (!(record.fps() > 0) || Double.isInfinite(record.fps())) {
      throw new IOException(where + "fps must be a positive number, was " + record.fps());
    }
    if (record.keyframeInterval() < 1 || record.keyframeInterval() > frameCount) {
      throw new IOException(
          where
              + "keyframeInterval must be 1.."
              + frameCount
              + ", was "
              + record.keyframeInterval());
    }
    Set<Integer> seen = new HashSet<>();
    for (ManifestFrame frame : record.frames()) {
      if (frame.frame() < 0 || frame.frame() >= frameCount) {
        throw new IOException(
            where + "frame " + frame.frame() + " is outside 0.." + (frameCount - 1));
      }
      if (!seen.add(frame.frame())) {
        throw new IOException(where + "frame " + frame.frame() + " has two records");
      }
    }
  }

  private static NewProject spec(
      ImageFolderFrameSource source, Path folder, Optional<ManifestSequence> record) {
    return new NewProject(
        SourceKind.IMAGE_FOLDER,
        folder.toAbsolutePath().normalize(),
        source.frameCount(),
        source.fps(),
        source.width(),
        source.height(),
        record.map(ManifestSequence::keyframeInterval).orElse(NewProject.DEFAULT_KEYFRAME_INTERVAL),
        null,
        0);
  }

  private static TreeSet<Integer> addObjects(ProjectStore store, List<DatasetObject> objects)
      throws IOException {
    TreeSet<Integer> ids = new TreeSet<>();
    for (DatasetObject object : objects) {
      store.addObject(object.id(), object.name());
      ids.add(object.id());
    }
    return ids;
  }

  private int restoreMasks(
      ProjectStore store,
      DatasetReader reader,
      String sequence,
      List<Integer> frames,
      Optional<ManifestSequence> record,
      TreeSet<Integer> ids,
      Progress progress)
      throws IOException {
    LabelRestore restore = new LabelRestore(store, request.author());
    int masks = 0;
    for (int frame : frames) {
      progress.checkCancelled();
      Optional<LabelMask> mask = reader.mask(sequence, frame);
      if (mask.isEmpty()) {
        continue;
      }
      for (int id : mask.get().objectIds()) {
        if (ids.add(id)) {
          store.addObject(id, "object " + id);
        }
      }
      Optional<ManifestFrame> frameRecord =
          record.flatMap(r -> r.frames().stream().filter(f -> f.frame() == frame).findFirst());
      if (frameRecord.isPresent()) {
        restore.restore(mask.get(), frameRecord.get());
      } else {
        restore.plain(mask.get(), ids);
      }
      progress.update(++masks, frames.size(), sequence + " frame " + frame);
    }
    return masks;
  }
}
