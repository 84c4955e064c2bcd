package org.inbetween.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.inbetween.app.training.dataset.ExportTrainingSet;
import org.inbetween.app.training.dataset.LabelRules;
import org.inbetween.models.saliency.SaliencyModel;

/**
 * Exports of {@code inbetween export} ({@code --dataset}): the manifests' training sequences, a
 * frame's mask a target only where the manifest and the {@link LabelRules} allow, weighted by its
 * source ({@link NerExportClips}). RCRNet+NER has no validation step, so val sequences are left
 * out.
 *
 * @param exports the export folders
 * @param rules which labels are targets and their weights
 */
public record ExportNerData(List<Path> exports, LabelRules rules) implements NerData {
  public ExportNerData {
    exports = List.copyOf(exports);
  }

  @Override
  public NerClips open(int size, SaliencyModel teacher) throws IOException {
    ExportTrainingSet set = ExportTrainingSet.open(exports, rules);
    try {
      NerExportClips clips = new NerExportClips(set, size, null);
      NerExportClips distill =
          teacher == null ? null : new NerExportClips(set, size, new TeacherTargets(teacher));
      String counts =
          String.format(
              Locale.ROOT,
              "%d of %d frames with a target, training targets by source %s",
              clips.framesWithTargets(),
              clips.frames(),
              ExportTrainingSet.targetCounts(set.training()));
      return new NerClips(
          clips,
          distill,
          String.format(
              Locale.ROOT,
              "%d training sequences (%s), %s",
              set.training().size(),
              rules.describe(),
              counts),
          set.describe() + "; trained on " + counts,
          set::close);
    } catch (RuntimeException e) {
      try {
        set.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }
}
