package org.inbetween.app.cli;

import java.util.Locale;
import java.util.stream.Collectors;
import org.inbetween.app.quality.FrameEstimate;
import org.inbetween.app.quality.KeyframeEstimate;
import org.inbetween.app.quality.QualityReport;

/** A {@link QualityReport} as two aligned text tables for the terminal: keyframes, then frames. */
final class QualityTable {
  private QualityTable() {}

  static String format(QualityReport report) {
    StringBuilder text = new StringBuilder();
    text.append(
        String.format(
            Locale.ROOT,
            "Leave-one-out with %s: each keyframe predicted from the human keyframes around it%n",
            report.method()));
    text.append(
        String.format(
            Locale.ROOT, "%8s %11s %7s %7s  %s%n", "keyframe", "gap", "J", "F", "J per object"));
    for (KeyframeEstimate k : report.keyframes()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%8d %11s %7.4f %7.4f  %s%n",
              k.frame(),
              k.before() + ".." + k.after(),
              k.j(),
              k.f(),
              k.objects().stream()
                  .map(o -> String.format(Locale.ROOT, "%d:%.4f", o.objectId(), o.j()))
                  .collect(Collectors.joining(" "))));
    }
    text.append(summary(report)).append('\n');
    text.append(
        String.format(
            Locale.ROOT,
            "%nFrames (estimate = %s of confidence and the gap's leave-one-out J)%n",
            report.rule().label()));
    text.append(
        String.format(
            Locale.ROOT,
            "%6s %-16s %10s %11s %9s %8s%n",
            "frame",
            "state",
            "confidence",
            "gap",
            "gap loo J",
            "estimate"));
    for (FrameEstimate f : report.frames()) {
      text.append(
          String.format(
              Locale.ROOT,
              "%6d %-16s %10s %11s %9s %8s%n",
              f.frame(),
              f.state(),
              number(f.confidence()),
              f.inGap() ? f.gapBefore() + ".." + f.gapAfter() : "-",
              number(f.looJ()),
              number(f.estimate())));
    }
    return text.toString();
  }

  /** One line: mean and worst leave-one-out J, or why there is none. */
  static String summary(QualityReport report) {
    if (report.keyframes().isEmpty()) {
      return "No keyframe to leave out: it takes three human keyframes, one between two others.";
    }
    KeyframeEstimate worst = report.worst().orElseThrow();
    return String.format(
        Locale.ROOT,
        "Leave-one-out J: mean %.4f over %d keyframes, worst %.4f at keyframe %d",
        report.meanLooJ().orElseThrow(),
        report.keyframes().size(),
        worst.j(),
        worst.frame());
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "-" : String.format(Locale.ROOT, "%.4f", value);
  }
}
