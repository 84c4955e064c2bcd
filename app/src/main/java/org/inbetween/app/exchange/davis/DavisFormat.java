package org.inbetween.app.exchange.davis;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.SequenceFolders;

/**
 * The DAVIS layout: {@code JPEGImages/480p/<seq>/00000.jpg}, {@code
 * Annotations/480p/<seq>/00000.png} (palette PNG, object ids as pixel values), and two indexes:
 * DAVIS 2016's {@code ImageSets/480p/{train,val}.txt} (one frame/annotation pair per line) and
 * DAVIS 2017's {@code ImageSets/2017/{train,val}.txt} (one sequence name per line), which the 2017
 * evaluation toolkit and VOS training code such as XMem look for. The "480p" folder name is kept
 * whatever the frame size, as the DAVIS tools and RCRNet's loader expect that path.
 */
public final class DavisFormat implements DatasetFormat {
  static final String RESOLUTION = "480p";

  @Override
  public String name() {
    return "davis";
  }

  @Override
  public DatasetWriter writer(Path root) throws IOException {
    return new DavisWriter(root, false);
  }

  @Override
  public DatasetReader reader(Path root) throws IOException {
    return new DavisReader(root);
  }

  static SequenceFolders folders(Path root, String sequence) {
    return new SequenceFolders(
        root.resolve("JPEGImages").resolve(RESOLUTION).resolve(sequence),
        root.resolve("Annotations").resolve(RESOLUTION).resolve(sequence));
  }

  static Path imageSet(Path root, String split) {
    return root.resolve("ImageSets").resolve(RESOLUTION).resolve(split + ".txt");
  }

  /** The DAVIS 2017 index of {@code split}: sequence names, one a line. */
  static Path sequenceSet(Path root, String split) {
    return root.resolve("ImageSets").resolve("2017").resolve(split + ".txt");
  }

  /** One ImageSets line: frame and annotation paths relative to the root, with leading '/'. */
  static String imageSetLine(String sequence, int index) {
    String stem = SequenceFolders.stem(index);
    return "/JPEGImages/"
        + RESOLUTION
        + "/"
        + sequence
        + "/"
        + stem
        + ".jpg /Annotations/"
        + RESOLUTION
        + "/"
        + sequence
        + "/"
        + stem
        + ".png";
  }
}
