package org.inbetween.app.exchange.dataset;

import java.io.IOException;
import java.nio.file.Path;

/**
 * One on-disk training-dataset layout (DAVIS, YouTube-VOS, COCO with RLE), with a writer for export
 * and a reader for import. Formats know nothing about projects: the exporter hands them frames and
 * masks, the importer takes frames and masks back, so that every format round-trips the same way.
 */
public interface DatasetFormat {
  /** The name users type, e.g. "davis", "youtube-vos", "coco". */
  String name();

  /**
   * Starts writing a dataset into {@code root}, an empty folder (the exporter's staging folder).
   */
  DatasetWriter writer(Path root) throws IOException;

  /**
   * A writer for an export that keeps {@code frames}. The exporter hands any writer only the frames
   * the set keeps; a format that lays the two sets out differently (YouTube-VOS keeps every frame
   * in a folder of its own) overrides this. The default is {@link #writer(Path)}.
   */
  default DatasetWriter writer(Path root, FrameSet frames) throws IOException {
    return writer(root);
  }

  /**
   * The frames an export writes when the user does not choose: {@link FrameSet#ALL} unless the
   * format's readers need every image labelled.
   */
  default FrameSet defaultFrames() {
    return FrameSet.ALL;
  }

  /** Opens a dataset of this format for reading; a malformed one fails naming the file. */
  DatasetReader reader(Path root) throws IOException;
}
