package org.inbetween.app.labeling;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inbetween.app.video.FrameSource;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.RgbImage;

/**
 * A {@link FrameSource} (or any {@link Frames}) seen as the models' {@link Frames}, keeping the
 * last few decoded frames: generators read each keyframe once per frame of its gap, and decoding it
 * again every time would cost more than the flow.
 */
public final class SourceFrames implements Frames {
  private static final int KEPT = 8;

  private final Frames source;
  private final Map<Integer, RgbImage> recent =
      new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, RgbImage> eldest) {
          return size() > KEPT;
        }
      };

  SourceFrames(FrameSource source) {
    this.source = source::frame;
  }

  private SourceFrames(Frames source) {
    this.source = source;
  }

  /** {@code frames} keeping the last few it decoded, e.g. frames read from image files. */
  public static Frames cached(Frames frames) {
    return new SourceFrames(frames);
  }

  @Override
  public RgbImage frame(int index) throws IOException {
    RgbImage image = recent.get(index);
    if (image == null) {
      image = source.frame(index);
      recent.put(index, image);
    }
    return image;
  }
}
