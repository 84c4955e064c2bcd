package org.inbetween.app.training;

import java.io.Closeable;
import java.io.IOException;
import org.inbetween.models.ner.NerClipSource;

/**
 * Opened {@link NerData}: the clips to train on and what they are, for the run's first note and the
 * checkpoint; closing releases what the clips read from.
 *
 * @param training clips with the data's targets
 * @param distillation clips with the teacher's maps on every frame, or null without a teacher
 * @param summary for the progress note: sequences and frames with a target
 * @param description for the checkpoint: the data, its rules and its target counts
 * @param resources closed with these clips
 */
record NerClips(
    NerClipSource training,
    NerClipSource distillation,
    String summary,
    String description,
    Closeable resources)
    implements Closeable {
  @Override
  public void close() throws IOException {
    resources.close();
  }
}
