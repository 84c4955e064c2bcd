package org.inbetween.app.exchange.export;

import java.util.SortedMap;
import java.util.TreeMap;
import org.inbetween.app.project.FrameRecord;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.Project;

/**
 * Decides the label source of every frame that has one: the project's workflow state, narrowed by
 * the selection and the pseudo-label sub-sampling. Untouched frames get no entry (their images are
 * exported without a label).
 */
final class LabelPlan {
  private LabelPlan() {}

  /** A frame's source, and for an EXCLUDED one why. */
  record Planned(LabelSource source, String reason) {}

  static SortedMap<Integer, Planned> of(Project project, ExportOptions options) {
    SortedMap<Integer, Planned> plan = new TreeMap<>();
    int lastHuman = -1;
    for (FrameRecord record : project.frames().values()) {
      LabelSource source = source(record, options.selection());
      if (source == null) {
        continue;
      }
      String reason = "";
      if (source == LabelSource.HUMAN_KEYFRAME || source == LabelSource.CORRECTED) {
        lastHuman = record.frame();
      } else if (source.isPseudo() && (record.frame() - lastHuman) % options.pseudoEvery() != 0) {
        source = LabelSource.EXCLUDED;
        reason = "sub-sampled";
      } else if (source == LabelSource.EXCLUDED) {
        reason = record.state() == FrameState.REJECTED ? "rejected" : "not selected";
      }
      plan.put(record.frame(), new Planned(source, reason));
    }
    return plan;
  }

  /** The source a frame's state gives under {@code selection}; null for a frame with no label. */
  private static LabelSource source(FrameRecord record, Selection selection) {
    return switch (record.state()) {
      case UNLABELLED -> null;
      case KEYFRAME -> LabelSource.HUMAN_KEYFRAME;
      case CORRECTED -> LabelSource.CORRECTED;
      case ACCEPTED ->
          selection == Selection.HUMAN_ONLY ? LabelSource.EXCLUDED : LabelSource.ACCEPTED;
      case PSEUDO_LABELLED ->
          selection == Selection.ALL_PSEUDO ? LabelSource.PSEUDO_UNREVIEWED : LabelSource.EXCLUDED;
      case REJECTED -> LabelSource.EXCLUDED;
    };
  }
}
