package org.inbetween.app.exchange;

/** What an import does with a mask whose size differs from the frames'. */
public enum MaskSizePolicy {
  /** Refuse the import, naming the file and both sizes (the default: never guess). */
  REFUSE,
  /**
   * Anchor the mask at the top-left corner: pad missing columns/rows with background, crop the
   * excess. Only on explicit request, because it silently moves nothing but may drop labels.
   */
  PAD_CROP
}
