package org.inbetween.models.ner;

import java.io.IOException;
import java.nio.file.Path;
import org.inbetween.models.train.BundledCheckpoint;

/**
 * The default RCRNet+NER checkpoint of {@code predict --model ner}, when a build ships one: a
 * checkpoint folder written by {@code inbetween train ner}, copied as resources to {@value
 * #RESOURCES} in the models module. None is shipped yet; {@link #folder()} then says how to train
 * one.
 */
public final class BundledNer {
  /** Where a bundled checkpoint's two files live among the resources. */
  public static final String RESOURCES = "/org/inbetween/models/ner/bundled/";

  private static final BundledCheckpoint CHECKPOINT =
      new BundledCheckpoint(
          RESOURCES,
          "inbetween-ner-",
          "train one with 'inbetween train ner ... --out DIR' and pass --model ner=DIR");

  private BundledNer() {}

  /** Whether this build carries a bundled checkpoint. */
  public static boolean isPresent() {
    return CHECKPOINT.isPresent();
  }

  /**
   * The folder holding the bundled checkpoint.
   *
   * @throws IOException saying how to train one when this build carries none
   */
  public static Path folder() throws IOException {
    return CHECKPOINT.folder();
  }
}
