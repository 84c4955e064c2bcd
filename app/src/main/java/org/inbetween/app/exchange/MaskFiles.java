package org.inbetween.app.exchange;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.ImageFolderFrameSource;

/**
 * Pairs the PNG files of a mask folder with frame indices.
 *
 * <p>For an image folder a mask belongs to the frame with the same file name apart from the
 * extension ({@code Annotations/bus/00007.png} to {@code JPEGImages/bus/00007.jpg}); for a video
 * the mask's name must end in the frame index ({@code 00007.png}, {@code mask_7.png}). A mask that
 * matches no frame is an error rather than being skipped: it usually means the wrong folder. The
 * import pairs a project's masks with it, and the trace panel its ground truth.
 */
public final class MaskFiles {
  private static final Pattern TRAILING_NUMBER = Pattern.compile("(\\d+)$");

  private MaskFiles() {}

  /** Frame index to mask file, ascending; at least one entry. */
  public static SortedMap<Integer, Path> pair(Path maskFolder, FrameSource frames)
      throws IOException {
    if (!Files.isDirectory(maskFolder)) {
      throw new IOException(maskFolder + ": no such mask folder");
    }
    Map<String, Integer> frameByStem = frameStems(frames);
    SortedMap<Integer, Path> pairs = new TreeMap<>();
    try (Stream<Path> entries = Files.list(maskFolder)) {
      for (Path mask : (Iterable<Path>) entries.filter(MaskFiles::isPng).sorted()::iterator) {
        int frame = frameOf(mask, frameByStem, frames);
        Path previous = pairs.put(frame, mask);
        if (previous != null) {
          throw new IOException(mask + ": frame " + frame + " already has a mask, " + previous);
        }
      }
    }
    if (pairs.isEmpty()) {
      throw new IOException(maskFolder + ": no PNG masks in this folder");
    }
    return pairs;
  }

  private static int frameOf(Path mask, Map<String, Integer> frameByStem, FrameSource frames)
      throws IOException {
    String stem = stem(mask);
    if (frameByStem != null) {
      Integer frame = frameByStem.get(stem);
      if (frame == null) {
        throw new IOException(mask + ": no frame named " + stem + ".* in " + frames.description());
      }
      return frame;
    }
    Matcher number = TRAILING_NUMBER.matcher(stem);
    if (!number.find()) {
      throw new IOException(mask + ": a mask for a video must be named by its frame index");
    }
    int frame = Integer.parseInt(number.group(1));
    if (frame >= frames.frameCount()) {
      throw new IOException(
          mask
              + ": frame "
              + frame
              + " is past the video's last frame "
              + (frames.frameCount() - 1));
    }
    return frame;
  }

  private static Map<String, Integer> frameStems(FrameSource frames) {
    if (!(frames instanceof ImageFolderFrameSource folder)) {
      return null;
    }
    Map<String, Integer> stems = new HashMap<>();
    for (int i = 0; i < folder.frameCount(); i++) {
      stems.put(stem(folder.file(i)), i);
    }
    return stems;
  }

  private static boolean isPng(Path file) {
    return Files.isRegularFile(file)
        && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".png");
  }

  private static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
