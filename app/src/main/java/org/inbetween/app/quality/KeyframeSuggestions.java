package org.inbetween.app.quality;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.inbetween.app.project.FrameState;

/**
 * Where the next keyframe should go: the frames whose labelling is expected to remove the most
 * estimated error, from a {@link QualityReport} alone (no ground truth).
 *
 * <p>Each frame that is not human truth carries an error e = 1 − its estimate (a rejected or
 * unlabelled frame: 1; a pseudo-label with no estimate at all: 0.5). Propagation error grows with
 * the distance to the nearest keyframe, so labelling frame k leaves frame f with the fraction
 * d'(f)/d(f) of its error, d the distance to the nearest human frame now and d' with k added (0 on
 * k itself). The gain of k is the error removed, Σ e(f)·(1 − d'(f)/d(f)) over the frames between
 * the keyframes around k. With equal errors this is the middle of the longest gap; where the
 * estimate drops inside a gap the suggestion moves toward the drop; the worst gap wins over a
 * merely long one. Several suggestions are chosen greedily, each as if the ones before were drawn,
 * so they spread out.
 */
public final class KeyframeSuggestions {
  /** The error assumed for a pseudo-label that has neither an estimate nor a confidence. */
  static final double UNKNOWN_ERROR = 0.5;

  private KeyframeSuggestions() {}

  /** Up to {@code count} frames to label, best first; empty when every frame is human truth. */
  public static List<KeyframeSuggestion> rank(QualityReport report, int count) {
    List<FrameEstimate> frames = report.frames();
    int n = frames.size();
    double[] error = new double[n];
    TreeSet<Integer> anchors = new TreeSet<>();
    for (FrameEstimate f : frames) {
      if (f.state().isHumanTruth()) {
        anchors.add(f.frame());
      } else {
        error[f.frame()] = error(f);
      }
    }
    double[] estimateBefore = new double[n];
    for (int f = 0; f < n; f++) {
      estimateBefore[f] = 1 - error[f];
    }
    List<KeyframeSuggestion> chosen = new ArrayList<>();
    while (chosen.size() < count) {
      int best = -1;
      double bestGain = 0;
      for (int k = 0; k < n; k++) {
        if (!anchors.contains(k) && error[k] > 0) {
          double gain = gain(k, anchors, error, n);
          if (gain > bestGain) {
            best = k;
            bestGain = gain;
          }
        }
      }
      if (best < 0) {
        break;
      }
      chosen.add(suggestion(best, bestGain, anchors, estimateBefore, n));
      anchors.add(best);
      error[best] = 0;
    }
    return chosen;
  }

  private static double error(FrameEstimate f) {
    if (f.state() != FrameState.PSEUDO_LABELLED) {
      return 1; // unlabelled, or rejected by a reviewer
    }
    double known = !Double.isNaN(f.estimate()) ? f.estimate() : f.confidence();
    return Double.isNaN(known) ? UNKNOWN_ERROR : Math.max(0, Math.min(1, 1 - known));
  }

  /** The error that labelling {@code k} removes between the human frames around it. */
  private static double gain(int k, TreeSet<Integer> anchors, double[] error, int n) {
    Integer before = anchors.lower(k);
    Integer after = anchors.higher(k);
    int from = before == null ? 0 : before + 1;
    int to = after == null ? n - 1 : after - 1;
    double gain = 0;
    for (int f = from; f <= to; f++) {
      if (error[f] > 0) {
        double now = distance(f, before, after, n);
        double then = Math.min(now, Math.abs(f - k));
        gain += error[f] * (1 - then / now);
      }
    }
    return gain;
  }

  /** Distance to the nearest human frame; a video without any counts as one long gap. */
  private static double distance(int f, Integer before, Integer after, int n) {
    double d = Double.MAX_VALUE;
    if (before != null) {
      d = f - before;
    }
    if (after != null) {
      d = Math.min(d, after - f);
    }
    return d == Double.MAX_VALUE ? n : d;
  }

  private static KeyframeSuggestion suggestion(
      int k, double gain, TreeSet<Integer> anchors, double[] estimate, int n) {
    Integer before = anchors.lower(k);
    Integer after = anchors.higher(k);
    String stretch =
        before != null && after != null
            ? "gap " + before + ".." + after
            : before != null
                ? "after keyframe " + before
                : after != null ? "before keyframe " + after : "no keyframe yet";
    int from = before == null ? 0 : before + 1;
    int to = after == null ? n - 1 : after - 1;
    double sum = 0;
    for (int f = from; f <= to; f++) {
      sum += estimate[f];
    }
    return new KeyframeSuggestion(k, gain, stretch, sum / (to - from + 1));
  }
}
