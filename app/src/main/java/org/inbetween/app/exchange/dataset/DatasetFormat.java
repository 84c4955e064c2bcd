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

  /** Opens a dataset of this format for reading; a malformed one fails naming the file. */
  DatasetReader reader(Path root) throws IOException;
}
