package org.inbetween.app.exchange.loaders;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads VOS data by the rules of XMem's loaders, re-stated here from its documentation and data
 * preparation notes, not copied. Training ({@code VOSDataset}, for DAVIS {@code
 * JPEGImages/480p}+{@code Annotations/480p}, for YouTube-VOS {@code train/JPEGImages}+{@code
 * train/Annotations}): the videos are the sorted folders of the image root, a video's frames the
 * sorted files of its folder, and any of them may be sampled, whose image {@code <name>.jpg} and
 * mask {@code <name>.png} of the same name are then opened, so every listed frame needs both.
 * Evaluation (DAVIS 2017): the sequences of {@code ImageSets/2017/val.txt}, frames listed from
 * {@code JPEGImages/480p/<seq>}, the first mask (by sorted name) of {@code Annotations/480p/<seq>}
 * opened by name as the starting mask, and each frame's mask looked up by its name.
 */
public final class XMemVosReader {
  private XMemVosReader() {}

  /**
   * Opens every frame a training run could sample, with its mask.
   *
   * @return per video the frame name stems, in sorted order
   */
  public static Map<String, List<String>> training(Path imageRoot, Path maskRoot)
      throws IOException {
    Map<String, List<String>> videos = new LinkedHashMap<>();
    for (String video : LoaderFiles.sortedFolders(imageRoot)) {
      List<String> stems = new ArrayList<>();
      for (String frame : LoaderFiles.sortedNames(imageRoot.resolve(video), "")) {
        String stem = LoaderFiles.stem(frame);
        LoaderFiles.sameSize(
            imageRoot.resolve(video).resolve(stem + ".jpg"),
            maskRoot.resolve(video).resolve(stem + ".png"));
        stems.add(stem);
      }
      videos.put(video, stems);
    }
    return videos;
  }

  /**
   * The DAVIS 2017 val sequences as XMem's evaluation starts them.
   *
   * @return per sequence the name stem of its first mask, which is also a frame's name
   */
  public static Map<String, String> davisEvaluation(Path root) throws IOException {
    Map<String, String> first = new LinkedHashMap<>();
    Path list = root.resolve("ImageSets/2017/val.txt");
    for (String line : Files.readAllLines(list)) {
      String name = line.strip();
      if (name.isEmpty()) {
        continue;
      }
      Path images = root.resolve("JPEGImages/480p").resolve(name);
      Path masks = root.resolve("Annotations/480p").resolve(name);
      List<String> frames = LoaderFiles.sortedNames(images, ".jpg");
      List<String> pngs = LoaderFiles.sortedNames(masks, ".png");
      if (frames.isEmpty() || pngs.isEmpty()) {
        throw new IOException(root + ": sequence " + name + " has no frames or no first mask");
      }
      String stem = LoaderFiles.stem(pngs.get(0));
      LoaderFiles.sameSize(images.resolve(stem + ".jpg"), masks.resolve(pngs.get(0)));
      first.put(name, stem);
    }
    return first;
  }
}
