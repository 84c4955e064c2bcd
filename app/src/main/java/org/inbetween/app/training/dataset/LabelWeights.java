package org.inbetween.app.training.dataset;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.inbetween.app.exchange.export.LabelSource;

/**
 * How much a target of each label source counts in the loss, as {@code --weight
 * human=1,corrected=1,accepted=0.5,unreviewed=0.25} sets it.
 *
 * <p>The defaults, and why:
 *
 * <ul>
 *   <li>human and corrected 1: ground truth, the scale every other weight is measured against;
 *   <li>accepted 1: a person looked at the mask and judged it right, and the paper's recipe
 *       (specs/models.md, "20% + 20%") trains on reviewed pseudo-labels exactly as on drawn masks;
 *       lower it where reviewers accept generously;
 *   <li>unreviewed 0.5: nobody checked these, and some are wrong (the reason a review exists), so
 *       each counts half: their many frames still carry the motion between keyframes, while a bad
 *       one pulls half as hard as a checked one. They are used only with {@code --use-unreviewed}.
 * </ul>
 *
 * @param human weight of HUMAN_KEYFRAME targets
 * @param corrected weight of CORRECTED targets
 * @param accepted weight of ACCEPTED targets
 * @param unreviewed weight of PSEUDO_UNREVIEWED targets (when they are used at all)
 */
public record LabelWeights(float human, float corrected, float accepted, float unreviewed) {
  /** The names {@code --weight} takes, in its order. */
  private static final List<String> KEYS = List.of("human", "corrected", "accepted", "unreviewed");

  public LabelWeights {
    check("human", human);
    check("corrected", corrected);
    check("accepted", accepted);
    check("unreviewed", unreviewed);
  }

  /** Truth 1, accepted 1, unreviewed 0.5 (see the class comment for why). */
  public static LabelWeights defaults() {
    return new LabelWeights(1f, 1f, 1f, 0.5f);
  }

  /**
   * The defaults with the weights {@code spec} names replaced, e.g. {@code "accepted=0.5"} or
   * {@code "human=1,corrected=1,accepted=0.5,unreviewed=0.25"}; blank keeps the defaults.
   *
   * @throws IllegalArgumentException naming the bad part: an unknown source, a value that is not a
   *     positive number, a source given twice
   */
  public static LabelWeights parse(String spec) {
    Map<String, Float> given = new TreeMap<>();
    for (String part : spec.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      String[] pair = part.split("=", -1);
      if (pair.length != 2) {
        throw new IllegalArgumentException(
            "--weight: \"" + part.trim() + "\" is not SOURCE=NUMBER, e.g. accepted=0.5");
      }
      String key = pair[0].trim().toLowerCase(Locale.ROOT);
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException(
            "--weight: unknown label source \""
                + pair[0].trim()
                + "\"; known: "
                + String.join(", ", KEYS));
      }
      if (given.put(key, number(key, pair[1].trim())) != null) {
        throw new IllegalArgumentException("--weight: " + key + " is given twice");
      }
    }
    LabelWeights d = defaults();
    return new LabelWeights(
        given.getOrDefault("human", d.human),
        given.getOrDefault("corrected", d.corrected),
        given.getOrDefault("accepted", d.accepted),
        given.getOrDefault("unreviewed", d.unreviewed));
  }

  /** The weight of a target of {@code source}; EXCLUDED labels are never targets. */
  public float of(LabelSource source) {
    return switch (source) {
      case HUMAN_KEYFRAME -> human;
      case CORRECTED -> corrected;
      case ACCEPTED -> accepted;
      case PSEUDO_UNREVIEWED -> unreviewed;
      case EXCLUDED -> throw new IllegalArgumentException("an excluded label is never a target");
    };
  }

  /** As {@code --weight} takes it, e.g. "human=1,corrected=1,accepted=1,unreviewed=0.5". */
  @Override
  public String toString() {
    return String.format(
        Locale.ROOT,
        "human=%s,corrected=%s,accepted=%s,unreviewed=%s",
        human,
        corrected,
        accepted,
        unreviewed);
  }

  private static float number(String key, String text) {
    float value;
    try {
      value = Float.parseFloat(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--weight: " + key + "=" + text + " is not a number", e);
    }
    check(key, value);
    return value;
  }

  /**
   * Positive and finite: a weight of 0 would keep a frame as a target that teaches nothing; leave
   * unreviewed labels out by not asking for them, others by exporting without them.
   */
  private static void check(String key, float value) {
    if (!(value > 0) || !Float.isFinite(value)) {
      throw new IllegalArgumentException(
          "--weight: " + key + " must be a positive number, was " + value);
    }
  }
}
