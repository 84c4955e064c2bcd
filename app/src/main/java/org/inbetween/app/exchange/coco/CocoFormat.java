package org.inbetween.app.exchange.coco;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.app.exchange.dataset.DatasetFormat;
import org.inbetween.app.exchange.dataset.DatasetReader;
import org.inbetween.app.exchange.dataset.DatasetWriter;
import org.inbetween.app.exchange.dataset.FrameSet;

/**
 * COCO-style instance annotations for video frames, one RLE per object per frame, readable by
 * pycocotools without conversion. See {@code docs/formats-coco.md} for the layout.
 *
 * <p>By default only labelled frames are written ({@link FrameSet#LABELLED}): stock COCO tools take
 * an image without annotations for one that shows no object, so {@code COCOeval} would score every
 * detection on an unlabelled frame as a false positive. {@code --frames all} keeps them, each
 * marked {@code "labelled": false}.
 *
 * <p>Frames are written as PNG rather than JPEG so that an export, imported and exported again,
 * gives the same pixels: COCO tools and PyTorch loaders read PNG just as well.
 */
public final class CocoFormat implements DatasetFormat {
  @Override
  public String name() {
    return "coco";
  }

  @Override
  public DatasetWriter writer(Path root) throws IOException {
    return new CocoWriter(root);
  }

  @Override
  public FrameSet defaultFrames() {
    return FrameSet.LABELLED;
  }

  @Override
  public DatasetReader reader(Path root) throws IOException {
    return CocoReader.open(root);
  }
}
