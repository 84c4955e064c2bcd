package org.inbetween.app.exchange.export;

import java.util.Objects;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.FrameSet;

/**
 * How to select and shape the labels of an export.
 *
 * @param selection which labels go in
 * @param pseudoEvery m: of the pseudo-labels between two human frames keep those m, 2m, ... frames
 *     after the human frame (the paper's sub-sampling experiments); 1 keeps all
 * @param height the frame height to resize to, keeping the aspect ratio (frames bilinear, masks
 *     nearest neighbour); 0 keeps the project's size
 * @param frames which frames get an image: every frame (dense) or only labelled ones (sparse); null
 *     for the format's default ({@link DatasetFormat#defaultFrames()}), which the export resolves
 *     before it writes anything, so a manifest always records the set it used
 */
public record ExportOptions(Selection selection, int pseudoEvery, int height, FrameSet frames) {
  /** The largest export height (8K video is 4320 rows); beyond it frames would not fit memory. */
  public static final int MAX_HEIGHT = 8192;

  public ExportOptions {
    Objects.requireNonNull(selection, "selection");
    if (pseudoEvery < 1) {
      throw new IllegalArgumentException("pseudo-every must be at least 1, was " + pseudoEvery);
    }
    if (height < 0 || height > MAX_HEIGHT) {
      throw new IllegalArgumentException(
          "--height must be 1.." + MAX_HEIGHT + " (or 0 to keep the size), was " + height);
    }
  }

  /** These options with the format's default frame set. */
  public ExportOptions(Selection selection, int pseudoEvery, int height) {
    this(selection, pseudoEvery, height, null);
  }

  /** Human and accepted labels, all of them, at the project's size, the format's frames. */
  public static ExportOptions defaults() {
    return new ExportOptions(Selection.HUMAN_AND_ACCEPTED, 1, 0);
  }

  public ExportOptions withSelection(Selection s) {
    return new ExportOptions(s, pseudoEvery, height, frames);
  }

  public ExportOptions withPseudoEvery(int m) {
    return new ExportOptions(selection, m, height, frames);
  }

  public ExportOptions withHeight(int h) {
    return new ExportOptions(selection, pseudoEvery, h, frames);
  }

  public ExportOptions withFrames(FrameSet f) {
    return new ExportOptions(selection, pseudoEvery, height, f);
  }

  /** These options with the frame set made explicit: {@code format}'s default if none was given. */
  ExportOptions resolvedFor(DatasetFormat format) {
    return frames != null ? this : withFrames(format.defaultFrames());
  }
}
