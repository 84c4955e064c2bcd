package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.inbetween.app.exchange.dataset.DatasetObject;
import org.inbetween.app.exchange.dataset.DatasetSequence;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.ImageFolderFrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * Writes one project as one sequence: the frame images (every frame, or with {@link
 * FrameSet#LABELLED} only those with a label), the selected labels, and the sequence's manifest
 * record. Frames that are JPEG files already are handed over as files, so a format that stores
 * JPEGs copies them unchanged (unless they are resized).
 */
final class SequenceExport {
  private final ExportInput input;
  private final ExportOptions options;
  private final ProjectOpener opener;

  SequenceExport(ExportInput input, ExportOptions options, ProjectOpener opener) {
    this.input = input;
    this.options = options;
    this.opener = opener;
  }

  ManifestSequence write(DatasetWriter writer, FrameCounter counter) throws IOException {
    Path dir = input.project();
    Optional<ImportedManifest> imported = ImportedManifest.read(dir);
    try (ProjectOpener.Opened opened = opener.open(dir)) {
      ProjectStore store = opened.store();
      Project project = store.project();
      try (FrameSource frames = ProjectFrames.open(project, dir)) {
        int height = options.height() == 0 ? project.height() : options.height();
        int width = Resize.widthFor(project.width(), project.height(), height);
        List<DatasetObject> objects =
            project.objects().stream().map(o -> new DatasetObject(o.id(), o.name())).toList();
        writer.beginSequence(
            new DatasetSequence(
                input.name(), width, height, project.fps(), objects, input.split()));
        SortedMap<Integer, LabelPlan.Planned> plan = LabelPlan.of(project, options);
        SortedMap<Integer, ManifestFrame> records = new TreeMap<>();
        boolean copyJpegs = height == project.height() && isJpegFolder(frames);
        for (int f = 0; f < project.frameCount(); f++) {
          counter.checkCancelled();
          FrameRecord record = project.frame(f);
          LabelPlan.Planned planned = plan.get(f);
          LabelMask mask = null;
          if (planned != null) {
            if (planned.source().isExported()) {
              mask =
                  Resize.nearest(
                      FrameAttribution.mask(store, record, planned.source())
                          .orElse(Masks.empty(f, project.width(), project.height())),
                      width,
                      height);
            }
            records.put(
                f,
                attributed(
                    FrameAttribution.of(store, record, planned.source(), planned.reason(), mask),
                    record,
                    imported));
          } else {
            excludedOnImport(imported, f).ifPresent(r -> records.put(r.frame(), r));
          }
          if (mask == null && options.frames() == FrameSet.LABELLED) {
            counter.frameDone(input.name() + " frame " + f + " (no label, no image)");
            continue;
          }
          if (copyJpegs) {
            writer.frame(f, ((ImageFolderFrameSource) frames).file(f), mask);
          } else {
            writer.frame(f, Resize.bilinear(frames.frame(f), width, height), mask);
          }
          counter.frameDone(input.name() + " frame " + f);
        }
        return new ManifestSequence(
            input.name(),
            input.split(),
            width,
            height,
            project.fps(),
            project.keyframeInterval(),
            objects,
            new ArrayList<>(records.values()));
      }
    }
  }

  private static ManifestFrame attributed(
      ManifestFrame live, FrameRecord record, Optional<ImportedManifest> imported) {
    if (imported.isEmpty() || !imported.get().untouchedSince(record)) {
      return live;
    }
    return imported.get().frame(record.frame()).map(live::withAttributionOf).orElse(live);
  }

  private static Optional<ManifestFrame> excludedOnImport(
      Optional<ImportedManifest> imported, int frame) {
    return imported.flatMap(i -> i.frame(frame)).filter(r -> r.source() == LabelSource.EXCLUDED);
  }

  private static boolean isJpegFolder(FrameSource frames) {
    if (!(frames instanceof ImageFolderFrameSource folder)) {
      return false;
    }
    for (int f = 0; f < folder.frameCount(); f++) {
      String name = folder.file(f).getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".jpg") && !name.endsWith(".jpeg")) {
        return false;
      }
    }
    return true;
  }
}
