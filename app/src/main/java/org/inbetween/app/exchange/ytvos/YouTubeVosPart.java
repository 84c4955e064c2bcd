package org.inbetween.app.exchange.ytvos;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.app.exchange.dataset.SequenceFolders;

/**
 * One part of a YouTube-VOS dataset, as the official download has them: {@code train/} or {@code
 * valid/}, each with {@code JPEGImages/<vid>/}, {@code Annotations/<vid>/} and {@code meta.json},
 * and beside it {@code train_all_frames/JPEGImages/<vid>/} with every frame of the videos. In the
 * part itself every JPEG has the PNG of the same name (training loaders such as XMem's list the
 * JPEGs and open the PNG of each); the all-frames folder holds the frames between them.
 *
 * @param folder the part folder, e.g. {@code <root>/train}
 * @param split "train" for {@code train}, "val" for {@code valid}, "" for a folder of another name
 */
record YouTubeVosPart(Path folder, String split) {
  static final String META = "meta.json";
  private static final String TRAIN = "train";
  private static final String VALID = "valid";

  /** The part an export writes a sequence of {@code split} into. */
  static YouTubeVosPart forSplit(Path root, String split) {
    return "val".equals(split)
        ? new YouTubeVosPart(root.resolve(VALID), "val")
        : new YouTubeVosPart(root.resolve(TRAIN), "train");
  }

  /**
   * The parts of a dataset folder: the folder itself if it holds a meta.json (a part was given,
   * e.g. an official {@code train/}), else its {@code train/} and {@code valid/} that hold one.
   */
  static List<YouTubeVosPart> in(Path root) {
    if (Files.isRegularFile(root.resolve(META))) {
      String name = root.getFileName() == null ? "" : root.getFileName().toString();
      return List.of(new YouTubeVosPart(root, splitOf(name)));
    }
    List<YouTubeVosPart> parts = new ArrayList<>();
    for (String name : List.of(TRAIN, VALID)) {
      if (Files.isRegularFile(root.resolve(name).resolve(META))) {
        parts.add(new YouTubeVosPart(root.resolve(name), splitOf(name)));
      }
    }
    return parts;
  }

  private static String splitOf(String name) {
    return switch (name) {
      case TRAIN -> "train";
      case VALID -> "val";
      default -> "";
    };
  }

  Path meta() {
    return folder.resolve(META);
  }

  /** The labelled frames and their masks of video {@code sequence}. */
  SequenceFolders labelled(String sequence) {
    return new SequenceFolders(
        folder.resolve("JPEGImages").resolve(sequence),
        folder.resolve("Annotations").resolve(sequence));
  }

  /** Every frame of video {@code sequence} (with the part's masks): {@code <part>_all_frames}. */
  SequenceFolders allFrames(String sequence) {
    Path all = folder.resolveSibling(folder.getFileName() + "_all_frames");
    return new SequenceFolders(
        all.resolve("JPEGImages").resolve(sequence),
        folder.resolve("Annotations").resolve(sequence));
  }
}
