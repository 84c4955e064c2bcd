package org.inbetween.app.training.dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.exchange.dataset.FrameSet;
import org.inbetween.app.exchange.export.ExportInput;
import org.inbetween.app.exchange.export.ExportOptions;
import org.inbetween.app.exchange.export.ExportRequest;
import org.inbetween.app.exchange.export.ProjectExport;
import org.inbetween.app.exchange.export.Selection;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.testdata.SharedData;

/**
 * A project made from the DAVIS sequence dog-agility (25 frames), its frames in every review state,
 * exported with {@code --include all}. Keyframes 0, 5, 10, 15, 20 are drawn (DAVIS ground truth);
 * pseudo-labels (the ground truth too, as a machine layer) lie between them:
 *
 * <ul>
 *   <li>gap 0–5: 1 accepted, 2 corrected, 3 unreviewed, 4 rejected;
 *   <li>gap 5–10: 6, 7, 8, 9 accepted;
 *   <li>gap 10–15: 11, 12, 13, 14 unreviewed;
 *   <li>gap 15–20 and frames 21–24: nothing.
 * </ul>
 */
public final class ReviewedExport {
  /** The DAVIS sequence every export here is made from. */
  public static final String SEQUENCE = "dog-agility";

  private ReviewedExport() {}

  /** The reviewed project in {@code dir}. */
  public static Path project(Path dir) throws IOException {
    Path davis = SharedData.davis();
    new ProjectImport(
            new ImportRequest(
                davis.resolve("JPEGImages/480p").resolve(SEQUENCE),
                Optional.empty(),
                dir,
                5,
                MaskSizePolicy.REFUSE,
                "davis"))
        .run(Progress.NONE);
    Provenance generator =
        new Provenance("warp", "none", "1", Map.of(), Instant.parse("2026-12-01T00:00:00Z"));
    try (ProjectStore store = ProjectStore.open(dir)) {
      for (int id : truth(0).objectIds()) {
        store.addObject(id, "dog " + id);
      }
      for (int f = 0; f <= 20; f += 5) {
        store.putHumanMask(truth(f), "ana");
      }
      for (int f : new int[] {1, 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14}) {
        store.putMachineMask(MachineLayer.pseudo(), truth(f), generator);
      }
      for (int f : new int[] {1, 6, 7, 8, 9}) {
        store.review(f, Decision.accept(), "ben");
      }
      store.review(2, Decision.correct(truth(2)), "ben");
      store.review(4, Decision.reject("leaks"), "ben");
      store.checkpoint();
    }
    return dir;
  }

  /**
   * The project made in {@code dir}/project, exported to {@code dir}/export twice: as "dogs" in the
   * train split and as "dogs-val" in the val split.
   */
  public static Path trainAndVal(Path dir) throws IOException {
    Path project = project(dir.resolve("project"));
    return export(
        dir.resolve("export"),
        new ExportInput(project, "dogs", "train"),
        new ExportInput(project, "dogs-val", "val"));
  }

  /**
   * Exports {@code projects} (each with its sequence name and split) with every pseudo-label, in
   * the DAVIS format, to {@code out}.
   */
  public static Path export(Path out, ExportInput... projects) throws IOException {
    return export("davis", out, projects);
  }

  /**
   * {@link #export(Path, ExportInput...)} in the format called {@code format}, every frame written
   * (training draws runs of consecutive frames; COCO's default keeps the labelled ones only).
   */
  public static Path export(String format, Path out, ExportInput... projects) throws IOException {
    new ProjectExport(
            new ExportRequest(
                List.of(projects),
                DatasetFormats.byName(format),
                out,
                ExportOptions.defaults()
                    .withSelection(Selection.ALL_PSEUDO)
                    .withFrames(FrameSet.ALL)))
        .run(Progress.NONE);
    return out;
  }

  private static LabelMask truth(int frame) throws IOException {
    return Masks.fromPng(
        SharedData.davis()
            .resolve("Annotations/480p")
            .resolve(SEQUENCE)
            .resolve(String.format("%05d.png", frame)),
        frame);
  }
}
