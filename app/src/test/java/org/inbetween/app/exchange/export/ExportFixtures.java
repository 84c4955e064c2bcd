package org.inbetween.app.exchange.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetFormats;
import org.inbetween.app.project.Decision;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.project.demo.DemoProject;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.task.Progress;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.testdata.SharedData;

/** Projects and exports the export tests share. */
final class ExportFixtures {
  private ExportFixtures() {}

  /** Imports a shared DAVIS sequence as a project at {@code project}. */
  static Path importDavis(String sequence, Path project) throws IOException {
    Path davis = SharedData.davis();
    new ProjectImport(
            new ImportRequest(
                davis.resolve("JPEGImages/480p").resolve(sequence),
                Optional.of(davis.resolve("Annotations/480p").resolve(sequence)),
                project,
                5,
                MaskSizePolicy.REFUSE,
                "davis"))
        .run(Progress.NONE);
    return project;
  }

  /**
   * Imports a shared DAVIS sequence with only every {@code every}-th annotation (frames 0, every,
   * 2·every, ...) as a project at {@code project}: real frames labelled on keyframes only. The kept
   * annotations are copied to a folder beside the project, which the import reads.
   */
  static Path importSparseDavis(String sequence, int every, Path project) throws IOException {
    Path davis = SharedData.davis();
    Path all = davis.resolve("Annotations/480p").resolve(sequence);
    Path kept = project.resolveSibling(project.getFileName() + "-keyframes");
    Files.createDirectories(kept);
    try (Stream<Path> masks = Files.list(all)) {
      for (Path mask : masks.sorted().toList()) {
        String name = mask.getFileName().toString();
        if (Integer.parseInt(name.substring(0, name.indexOf('.'))) % every == 0) {
          Files.copy(mask, kept.resolve(name));
        }
      }
    }
    new ProjectImport(
            new ImportRequest(
                davis.resolve("JPEGImages/480p").resolve(sequence),
                Optional.of(kept),
                project,
                every,
                MaskSizePolicy.REFUSE,
                "davis"))
        .run(Progress.NONE);
    return project;
  }

  /**
   * The sparse palette "judo" sample (4 objects, 4 masks, one 853 px wide: padded), named "judo"
   * (its frames folder is called "frames").
   */
  static Path importJudo(Path project) throws IOException {
    Path judo = SharedData.root().resolve("partial/judo");
    new ProjectImport(
            new ImportRequest(
                judo.resolve("frames"),
                Optional.of(judo.resolve("masks")),
                project,
                5,
                MaskSizePolicy.PAD_CROP,
                "judo demo",
                Optional.of("judo")))
        .run(Progress.NONE);
    return project;
  }

  /**
   * The demo project (3 objects that leave and re-enter, absent marks, empty frames) with
   * pseudo-labels on frames 1..24 between its keyframes, reviewed by their position after the
   * keyframe: +1 and +2 accepted, +3 rejected, +4 corrected; frames 21..24 left unreviewed.
   */
  static Path reviewedDemo(Path dir) throws IOException {
    try (ProjectStore store = DemoProject.openOrCreate(dir);
        DemoVideo demo = new DemoVideo()) {
      Provenance generator =
          new Provenance(
              "fgplg", "flow.onnx", "v1", Map.of("blend", "0.5"), Instant.parse(GENERATED_AT));
      for (int f = 1; f < 25; f++) {
        if (f % 5 == 0) {
          continue;
        }
        store.putMachineMask(MachineLayer.pseudo(), demo.groundTruth(f), generator);
        if (f > 20) {
          continue;
        }
        switch (f % 5) {
          case 1, 2 -> store.review(f, Decision.accept(), "ana");
          case 3 -> store.review(f, Decision.reject("leaks into the background"), "ana");
          default -> store.review(f, Decision.correct(demo.groundTruth(f).withoutObject(2)), "ben");
        }
      }
      store.checkpoint();
    }
    return dir;
  }

  static final String GENERATED_AT = "2026-11-20T10:00:00Z";

  static ExportSummary export(Path project, String format, Path out, ExportOptions options)
      throws IOException {
    return export(List.of(ExportInput.of(project)), DatasetFormats.byName(format), out, options);
  }

  static ExportSummary export(
      List<ExportInput> inputs, DatasetFormat format, Path out, ExportOptions options)
      throws IOException {
    return new ProjectExport(new ExportRequest(inputs, format, out, options)).run(Progress.NONE);
  }
}
