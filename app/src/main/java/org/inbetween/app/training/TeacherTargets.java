package org.inbetween.app.training;

import java.io.IOException;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.saliency.SaliencyModel;

/**
 * Distillation targets: a salient-object model's map (U²-Net-p) on every frame, weight 1. They
 * stand in for the paper's image-saliency pretraining data, which is not available here; no human
 * label is read.
 */
final class TeacherTargets implements NerSequenceTargets {
  private final SaliencyModel teacher;

  TeacherTargets(SaliencyModel teacher) {
    this.teacher = teacher;
  }

  @Override
  public boolean has(int frame, int frameCount) {
    return true;
  }

  @Override
  public float weight(int frame) {
    return 1f;
  }

  @Override
  public SoftMask target(String sequence, int frame, Frames frames, Truth truth)
      throws IOException {
    return teacher.predict(frame, frames.frame(frame));
  }
}
