package org.inbetween.app.quality;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The quality estimate of a project: the leave-one-out score of every human keyframe that has a
 * human keyframe on both sides, and per frame the estimate it inherits.
 *
 * <p>CSV ({@link #CSV_HEADER}, one row per frame in order, then one {@code J_<id>} column per
 * object id of {@code objectIds}): {@code loo_J}, {@code loo_F} and the per-object columns are
 * filled on keyframes that were left out; {@code confidence} where the frame has a pseudo-label;
 * {@code gap_start}, {@code gap_end}, {@code gap_loo_J} and {@code estimate} on frames between two
 * human keyframes. Empty cells are unknown values.
 *
 * @param method the generator the keyframes were predicted with
 * @param rule how each frame's estimate is made
 * @param objectIds the project's object ids, ascending (the CSV's per-object columns)
 * @param keyframes the keyframes left out, in frame order
 * @param frames every frame of the project, in order
 */
public record QualityReport(
    String method,
    EstimateRule rule,
    List<Integer> objectIds,
    List<KeyframeEstimate> keyframes,
    List<FrameEstimate> frames) {
  public static final String CSV_HEADER =
      "frame,state,loo_J,loo_F,confidence,gap_start,gap_end,gap_loo_J,estimate";

  public QualityReport {
    objectIds = List.copyOf(objectIds);
    keyframes = List.copyOf(keyframes);
    frames = List.copyOf(frames);
  }

  /** Mean leave-one-out J over the keyframes left out; empty when none could be. */
  public OptionalDouble meanLooJ() {
    return keyframes.stream().mapToDouble(KeyframeEstimate::j).average();
  }

  /** The keyframe with the lowest leave-one-out J (the earliest among equals). */
  public Optional<KeyframeEstimate> worst() {
    return keyframes.stream().min(Comparator.comparingDouble(KeyframeEstimate::j));
  }

  public String toCsv() {
    StringBuilder csv = new StringBuilder(CSV_HEADER);
    objectIds.forEach(id -> csv.append(",J_").append(id));
    csv.append('\n');
    Map<Integer, KeyframeEstimate> byFrame = new HashMap<>();
    keyframes.forEach(k -> byFrame.put(k.frame(), k));
    for (FrameEstimate frame : frames) {
      KeyframeEstimate left = byFrame.get(frame.frame());
      csv.append(frame.frame()).append(',').append(frame.state());
      csv.append(',').append(left == null ? "" : number(left.j()));
      csv.append(',').append(left == null ? "" : number(left.f()));
      csv.append(',').append(number(frame.confidence()));
      csv.append(',').append(frame.inGap() ? Integer.toString(frame.gapBefore()) : "");
      csv.append(',').append(frame.inGap() ? Integer.toString(frame.gapAfter()) : "");
      csv.append(',').append(number(frame.looJ()));
      csv.append(',').append(number(frame.estimate()));
      for (int id : objectIds) {
        csv.append(',');
        if (left != null) {
          left.object(id).ifPresent(o -> csv.append(number(o.j())));
        }
      }
      csv.append('\n');
    }
    return csv.toString();
  }

  public void writeCsv(Path file) throws IOException {
    Files.writeString(file, toCsv());
  }

  private static String number(double value) {
    return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.4f", value);
  }
}
