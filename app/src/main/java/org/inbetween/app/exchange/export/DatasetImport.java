package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
      SequenceChecks.contiguous(frames, folder);
      SequenceChecks.imagesExist(reader, sequence.name(), frames);
      if (record.isPresent()) {
        SequenceChecks.recordFits(
            request.dataset().resolve(ExportManifest.FILE_NAME), record.get(), frames.size());
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
