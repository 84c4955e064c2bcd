package org.inbetween.app.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.SortedMap;
import org.inbetween.app.exchange.MaskFiles;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.video.DavisLayout;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;

/**
 * A folder of ground-truth masks for a project's frames, to score the project's current masks
 * against ({@link TrueJTrace}). Masks are palette PNGs whose indices are object ids, as DAVIS
 * writes them and as a DAVIS import keeps them, paired with frames by file name ({@link
 * MaskFiles}); frames without a file simply have no ground truth.
 *
 * <pre>{@code
 * Optional<Path> beside = GroundTruthFolder.besideSource(store.project(), store.directory());
 * GroundTruthFolder truth = GroundTruthFolder.open(beside.orElseThrow(), frames);
 * Optional<LabelMask> mask = truth.mask(7);
 * }</pre>
 *
 * <p>Only the pairing is kept; masks are read one at a time, so memory does not grow with the
 * video.
 */
public final class GroundTruthFolder {
  private final Path folder;
  private final SortedMap<Integer, Path> files;
  private final int width;
  private final int height;

  private GroundTruthFolder(Path folder, SortedMap<Integer, Path> files, int width, int height) {
    this.folder = folder;
    this.files = files;
    this.width = width;
    this.height = height;
  }

  /**
   * Where DAVIS keeps the masks of a project imported from a DAVIS sequence: {@code
   * Annotations/480p/NAME} beside the source {@code JPEGImages/480p/NAME}, when that folder exists.
   */
  public static Optional<Path> besideSource(Project project, Path projectDir) {
    if (project.source().kind() != SourceKind.IMAGE_FOLDER) {
      return Optional.empty();
    }
    return DavisLayout.ofFrames(project.source().resolve(projectDir))
        .map(DavisLayout::annotations)
        .filter(Files::isDirectory);
  }

  /**
   * Pairs the PNG masks of {@code folder} with the frames of {@code frames} and checks the first
   * one's size.
   *
   * @throws IOException naming the folder when it is missing or holds no PNG masks, or a file when
   *     it matches no frame or its size differs from the frames'
   */
  public static GroundTruthFolder open(Path folder, FrameSource frames) throws IOException {
    SortedMap<Integer, Path> files;
    try {
      files = MaskFiles.pair(folder, frames);
    } catch (IOException e) {
      throw new IOException("ground truth " + folder + ": " + e.getMessage(), e);
    }
    GroundTruthFolder truth = new GroundTruthFolder(folder, files, frames.width(), frames.height());
    truth.mask(files.firstKey());
    return truth;
  }

  public Path folder() {
    return folder;
  }

  /**
   * The ground truth of {@code frame}, if the folder has it.
   *
   * @throws IOException naming the file and the folder when it cannot be read or its size differs
   *     from the frames'
   */
  public Optional<LabelMask> mask(int frame) throws IOException {
    Path file = files.get(frame);
    if (file == null) {
      return Optional.empty();
    }
    LabelMask mask = Masks.fromPng(file, frame);
    if (mask.width() != width || mask.height() != height) {
      throw new IOException(
          String.format(
              "ground truth %s: %s is %dx%d but the frames are %dx%d",
              folder, file.getFileName(), mask.width(), mask.height(), width, height));
    }
    return Optional.of(mask);
  }
}
