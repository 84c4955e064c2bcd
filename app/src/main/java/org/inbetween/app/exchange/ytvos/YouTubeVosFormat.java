package org.inbetween.app.exchange.ytvos;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.FrameSet;

/**
 * The YouTube-VOS layout, in the official parts ({@link YouTubeVosPart}): sequences of the val
 * split go to {@code valid/}, all others to {@code train/}; in each, {@code JPEGImages/<vid>/} and
 * {@code Annotations/<vid>/} hold the labelled frames only, a JPEG and a palette PNG of the same
 * name for each, and {@code meta.json} lists per video its objects, each with a category and the
 * frames it appears in. With {@link FrameSet#ALL} every frame also goes to {@code
 * <part>_all_frames/JPEGImages/<vid>/}, as in the official {@code train_all_frames}.
 */
public final class YouTubeVosFormat implements DatasetFormat {
  @Override
  public String name() {
    return "youtube-vos";
  }

  @Override
  public DatasetWriter writer(Path root) {
    return new YouTubeVosWriter(root, FrameSet.ALL);
  }

  @Override
  public DatasetWriter writer(Path root, FrameSet frames) {
    return new YouTubeVosWriter(root, frames);
  }

  @Override
  public DatasetReader reader(Path root) throws IOException {
    return new YouTubeVosReader(root);
  }
}
