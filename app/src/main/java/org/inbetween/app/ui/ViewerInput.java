package org.inbetween.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.IntFunction;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.LabelMask;

/**
 * What the main window shows: the frames, and for each frame the mask to overlay, if any.
 *
 * @param masks called on the loader thread with a frame index; empty where no mask exists
 */
record ViewerInput(FrameSource source, IntFunction<Optional<LabelMask>> masks) {
  /** The built-in demo with its ground truth overlaid. */
  static ViewerInput demo(DemoVideo demo) {
    return new ViewerInput(demo, index -> Optional.of(demo.groundTruth(index)));
  }

  /** A project's frames with its human masks overlaid. */
  static ViewerInput project(FrameSource source, ProjectStore store) {
    return new ViewerInput(
        source,
        index -> {
          try {
            return store.humanMask(index);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** Frames only: a video or image folder opened without a project. */
  static ViewerInput framesOnly(FrameSource source) {
    return new ViewerInput(source, index -> Optional.empty());
  }
}
