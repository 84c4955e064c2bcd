package org.inbetween.app.quality;

import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Leave-one-out scores already computed, so that an estimate after one more keyframe re-predicts
 * only the keyframes whose neighbourhood changed. A keyframe's score depends on nothing but the
 * generator (its method and parameters, the model's hash among them), the three keyframes' frame
 * numbers and their human masks; the key holds exactly those, the masks as SHA-256 digests. A
 * redrawn, added or removed keyframe changes the key of at most the two keyframes beside it, so
 * after labelling a suggested frame the next estimate runs the generator three times, not once per
 * keyframe — the loop of "label it, the next suggestion comes up" stays quick on long videos.
 *
 * <p>Safe to share between tasks on different threads (the editor's Q and its trace panel): two
 * that miss the same key at once both compute it, and the results are equal. Holds at most {@link
 * #CAPACITY} scores, dropping the least recently used.
 */
public final class LeaveOneOutMemo {
  /** A score is a few numbers per object; this many cover every keyframe of a long project. */
  static final int CAPACITY = 20_000;

  private final Map<Key, KeyframeEstimate> scores =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, KeyframeEstimate> eldest) {
          return size() > CAPACITY;
        }
      };
  private long computed;

  /**
   * What identifies one leave-one-out prediction.
   *
   * @param generator the generator's {@link #identity}
   * @param masks the {@link #digest}s of the human masks of {@code before}, {@code frame} and
   *     {@code after}, in that order
   */
  public record Key(String generator, int before, int frame, int after, String masks) {}

  /** The generator's method and parameters (the model's hash among them). */
  public static String identity(PseudoLabelGenerator generator) {
    return generator.method() + new TreeMap<>(generator.parameters());
  }

  public synchronized Optional<KeyframeEstimate> recall(Key key) {
    return Optional.ofNullable(scores.get(key));
  }

  /** Remembers a score that was just computed. */
  public synchronized void remember(Key key, KeyframeEstimate score) {
    scores.put(key, score);
    computed++;
  }

  /** How many scores were computed and remembered since this memo was made. */
  public synchronized long computed() {
    return computed;
  }

  /** The SHA-256 of a mask's size and labels, in hex. */
  public static String digest(LabelMask mask) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(ByteBuffer.allocate(8).putInt(mask.width()).putInt(mask.height()).array());
      sha.update(mask.labels());
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
