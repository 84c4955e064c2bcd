package org.inbetween.app.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.fgplg.CompactNetworks;
import org.inbetween.models.fgplg.FgplgTrainer;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.testdata.SharedData;

/**
 * The DAVIS "bus" sequence, read in place, as a project whose only human masks are some keyframes'
 * ground truth; and an untrained compact FGPLG checkpoint at a small input size to adapt.
 */
public final class BusKeyframes {
  public static final String AUTHOR = "tester";

  /** Small enough that a few training steps and 60 generated frames take seconds on 2 cores. */
  static final int INPUT_SIZE = 64;

  private BusKeyframes() {}

  /** A project over bus's frames with object 1 ("bus") painted on {@code keyframes}. */
  public static ProjectStore create(Path dir, int... keyframes) throws IOException {
    Path frames = SharedData.davis().resolve("JPEGImages/480p/bus");
    ProjectStore store =
        ProjectStore.create(
            dir,
            NewProject.of(SourceKind.IMAGE_FOLDER, frames, 80, 25, 854, 480)
                .withKeyframeInterval(10));
    store.addObject(1, "bus");
    for (int frame : keyframes) {
      store.putHumanMask(truth(frame), AUTHOR);
    }
    return store;
  }

  /** The bus's ground truth on {@code frame}, as object 1. */
  public static LabelMask truth(int frame) throws IOException {
    return Masks.fromPng(SharedData.davisMask("bus", frame), frame);
  }

  /**
   * Writes an untrained compact network (its output starts at zero: the generator then returns the
   * warp blend) as a checkpoint in {@code folder}.
   */
  static Path untrainedModel(Path folder) throws IOException {
    try (FgplgTrainer trainer =
        FgplgTrainer.builder()
            .setNetwork(CompactNetworks.fgplg(BatchNormMode.BATCH))
            .setInputSize(INPUT_SIZE, INPUT_SIZE)
            .optSeed(7)
            .build()) {
      trainer.save(folder, "untrained compact network (test fixture)");
    }
    return folder;
  }

  /** Every file under {@code folder} (relative path to bytes), for byte-identity checks. */
  static Map<Path, byte[]> files(Path folder) throws IOException {
    Map<Path, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(folder)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      paths
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                try {
                  files.put(folder.relativize(file), Files.readAllBytes(file));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return files;
  }
}
