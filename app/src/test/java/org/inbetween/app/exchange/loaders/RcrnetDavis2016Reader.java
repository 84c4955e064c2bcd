package org.inbetween.app.exchange.loaders;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one DAVIS 2016 video by the rules of RCRNet-Pytorch's video loader, re-stated here from its
 * documentation and dataset configuration, not copied: the dataset {@code DAVIS2016} is the folder
 * {@code <data>/DAVIS2016}; a video's frames are the sorted {@code JPEGImages/480p/<video>/*.jpg},
 * its labels the sorted {@code Annotations/480p/<video>/*.png}, and each label's name is looked up
 * among the frame names (a label without its frame is an error); a label is read as an 8-bit gray
 * image and divided by 255, so it must hold only 0 and 255 for 0/1 targets.
 */
public final class RcrnetDavis2016Reader {
  private RcrnetDavis2016Reader() {}

  /**
   * @param data the folder given as {@code --data}
   * @return the positions in the frame list of the labelled frames, ascending
   */
  public static List<Integer> labelledFrames(Path data, String video) throws IOException {
    Path root = data.resolve("DAVIS2016");
    Path images = root.resolve("JPEGImages/480p").resolve(video);
    Path labels = root.resolve("Annotations/480p").resolve(video);
    List<String> frameIds =
        LoaderFiles.sortedNames(images, ".jpg").stream().map(LoaderFiles::stem).toList();
    if (frameIds.isEmpty()) {
      throw new IOException(images + ": no frames");
    }
    List<Integer> labelled = new ArrayList<>();
    for (String label : LoaderFiles.sortedNames(labels, ".png")) {
      int index = frameIds.indexOf(LoaderFiles.stem(label));
      if (index < 0) {
        throw new IOException(labels.resolve(label) + ": no frame of this name");
      }
      checkBinaryGray(LoaderFiles.open(labels.resolve(label)), labels.resolve(label));
      labelled.add(index);
    }
    return labelled;
  }

  /** Converts to gray as PIL's convert('L') does (ITU-R 601 luma) and wants only 0 and 255. */
  private static void checkBinaryGray(BufferedImage label, Path file) throws IOException {
    for (int y = 0; y < label.getHeight(); y++) {
      for (int x = 0; x < label.getWidth(); x++) {
        int rgb = label.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        int gray = (r * 299 + g * 587 + b * 114) / 1000;
        if (gray != 0 && gray != 255) {
          throw new IOException(file + ": gray value " + gray + " is no 0/1 target");
        }
      }
    }
  }
}
