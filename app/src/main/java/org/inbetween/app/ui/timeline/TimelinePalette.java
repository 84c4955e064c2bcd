package org.inbetween.app.ui.timeline;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.paint.ImagePattern;
import javafx.scene.paint.Paint;
import org.inbetween.app.project.FrameState;

/**
 * The timeline's colours and the "most important wins" ranks used when several frames share a pixel
 * column.
 *
 * <p>States use the Okabe–Ito palette, which stays distinguishable under the common colour-vision
 * deficiencies; the two states that ask for work (a pending pseudo-label: yellow, a rejected one:
 * vermillion) also differ strongly in lightness. Ranks put open work first — rejected, then
 * unreviewed, then unlabelled — and among finished work the one that cost more human effort: so a
 * zoomed-out timeline answers "where is work left?" and never hides a rejection behind its
 * neighbours.
 */
final class TimelinePalette {
  static final Color BACKGROUND = Color.web("#1b1e23");
  static final Color LANE = Color.web("#262a31");
  static final Color TEXT = Color.web("#c3c8d1");
  static final Color GRID = Color.web("#3a3f48");
  static final Color CURSOR = Color.web("#ffffff");
  static final Color CONFIDENCE = Color.web("#e8eaed");
  static final Color TICK_LABELLED = Color.web("#e8eaed");
  static final Color TICK_UNLABELLED = Color.web("#8a919c");

  private static final Map<FrameState, Color> STATE_COLOURS = new EnumMap<>(FrameState.class);
  private static final Map<FrameState, Integer> STATE_RANKS = new EnumMap<>(FrameState.class);

  static {
    state(FrameState.UNLABELLED, "#3d434c", 4);
    state(FrameState.KEYFRAME, "#56b4e9", 2);
    state(FrameState.PSEUDO_LABELLED, "#f0e442", 5);
    state(FrameState.ACCEPTED, "#009e73", 1);
    state(FrameState.REJECTED, "#d55e00", 6);
    state(FrameState.CORRECTED, "#cc79a7", 3);
  }

  /** Rank per {@link FrameState#ordinal()}, for {@link LaneRuns}. */
  static final int[] STATE_RANK = ranks();

  /** Tick codes rank: an unlabelled slot outranks a labelled one, which outranks none. */
  static final int[] TICK_RANK = {0, 2, 1};

  /** Stale codes rank: a stale frame shows even when zoomed out. */
  static final int[] STALE_RANK = {0, 1};

  /**
   * Dark stripes over the lower half of the state lane: "made from a keyframe that has changed; the
   * next run redoes it" (accepted frames go back to review). Stripes, not a seventh hue, so the
   * state colour stays readable underneath.
   */
  static final Paint STALE = stripes(Color.web("#111317"), Color.TRANSPARENT);

  /** Object codes (nothing, machine, human, absent) rank by their value: absent marks show. */
  static final int[] PRESENCE_RANK = {0, 1, 2, 3};

  private static final Paint HATCH = stripes(Color.web("#9aa0a8"), Color.web("#2e3238"));

  private TimelinePalette() {}

  static Color of(FrameState state) {
    return STATE_COLOURS.get(state);
  }

  /** How an object lane paints a presence code; null for "nothing known". */
  static Paint presence(int code, Color object) {
    return switch (code) {
      case TimelineLanes.MACHINE -> object.deriveColor(0, 1, 1, 0.8);
      case TimelineLanes.HUMAN -> object;
      case TimelineLanes.ABSENT -> HATCH;
      default -> null;
    };
  }

  private static void state(FrameState state, String colour, int rank) {
    STATE_COLOURS.put(state, Color.web(colour));
    STATE_RANKS.put(state, rank);
  }

  private static int[] ranks() {
    int[] ranks = new int[FrameState.values().length];
    STATE_RANKS.forEach((state, rank) -> ranks[state.ordinal()] = rank);
    return ranks;
  }

  /** Diagonal stripes; grey on dark is the absent mark: "a person said the object is not here". */
  private static Paint stripes(Color stripe, Color between) {
    int size = 6;
    WritableImage tile = new WritableImage(size, size);
    for (int y = 0; y < size; y++) {
      for (int x = 0; x < size; x++) {
        boolean onStripe = (x + y) % size < 2;
        tile.getPixelWriter().setColor(x, y, onStripe ? stripe : between);
      }
    }
    return new ImagePattern(tile, 0, 0, size, size, false);
  }
}
