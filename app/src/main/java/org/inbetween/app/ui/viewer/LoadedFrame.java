package org.inbetween.app.ui.viewer;

import java.io.IOException;
import org.inbetween.app.editing.view.FrameMasks;
import org.inbetween.app.editing.view.MaskCache;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.models.image.RgbImage;

/**
 * One frame made ready off the JavaFX thread: decoded picture, every layer's mask, and the overlay
 * composed with the settings current when loading began (with the side copy's overlay when they ask
 * for side by side, else null).
 */
record LoadedFrame(
    int index,
    RgbImage picture,
    FrameMasks masks,
    OverlaySettings settings,
    int[] overlay,
    int[] sideOverlay) {
  /**
   * Decodes frame {@code index}, takes its masks at project {@code revision} from {@code masksSeen}
   * (reading them on a miss) and composes its overlay; runs on the loader thread.
   */
  static LoadedFrame load(
      EditorSession session,
      int index,
      long revision,
      MaskCache masksSeen,
      OverlaySettings settings)
      throws IOException {
    RgbImage picture = session.frames().frame(index);
    FrameMasks masks =
        masksSeen.get(index, revision, frame -> FrameMasks.read(session.store(), frame));
    return new LoadedFrame(
        index,
        picture,
        masks,
        settings,
        settings.compose(masks, picture.width(), picture.height()),
        settings.sideBySide()
            ? settings.composeSide(masks, picture.width(), picture.height())
            : null);
  }

  /** The overlay for {@code current} settings: the one loaded, or recomposed if they changed. */
  int[] overlayFor(OverlaySettings current) {
    return current == settings
        ? overlay
        : current.compose(masks, picture.width(), picture.height());
  }

  /**
   * The side copy's overlay for {@code current} settings (side by side only), loaded or recomposed.
   */
  int[] sideOverlayFor(OverlaySettings current) {
    return current == settings && sideOverlay != null
        ? sideOverlay
        : current.composeSide(masks, picture.width(), picture.height());
  }
}
