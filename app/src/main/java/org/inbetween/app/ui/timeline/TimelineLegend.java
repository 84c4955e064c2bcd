package org.inbetween.app.ui.timeline;

import java.util.ResourceBundle;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Rectangle;
import org.inbetween.app.project.FrameState;

/**
 * The key to the timeline: one swatch per frame state, the keyframe ticks, and how object lanes
 * show a human mask, a pseudo-label only, and an absent mark.
 */
final class TimelineLegend {
  private static final double SWATCH = 11;

  private TimelineLegend() {}

  static FlowPane create(ResourceBundle strings) {
    FlowPane legend = new FlowPane();
    legend.getStyleClass().add("timeline-legend");
    for (FrameState state : FrameState.values()) {
      legend
          .getChildren()
          .add(entry(TimelinePalette.of(state), strings.getString("timeline.state." + state)));
    }
    legend
        .getChildren()
        .addAll(
            entry(TimelinePalette.TICK_LABELLED, strings.getString("timeline.legend.labelledSlot")),
            entry(
                TimelinePalette.TICK_UNLABELLED,
                strings.getString("timeline.legend.unlabelledSlot")),
            entry(TimelinePalette.TEXT, strings.getString("timeline.legend.humanMask")),
            entry(
                new Rectangle(SWATCH, SWATCH / 2, TimelinePalette.TEXT),
                strings.getString("timeline.legend.pseudoOnly")),
            entry(
                TimelinePalette.presence(TimelineLanes.ABSENT, Color.GRAY),
                strings.getString("timeline.legend.absent")),
            staleEntry(strings.getString("timeline.legend.stale")));
    return legend;
  }

  /** The stale stripes over a pseudo-label's colour, as the state lane shows them. */
  private static Label staleEntry(String text) {
    Rectangle state = new Rectangle(SWATCH, SWATCH, TimelinePalette.of(FrameState.PSEUDO_LABELLED));
    Rectangle stripes = new Rectangle(SWATCH, SWATCH, TimelinePalette.STALE);
    Label label = new Label(text, new StackPane(state, stripes));
    label.getStyleClass().add("timeline-legend-entry");
    return label;
  }

  private static Label entry(Paint paint, String text) {
    return entry(new Rectangle(SWATCH, SWATCH, paint), text);
  }

  private static Label entry(Rectangle swatch, String text) {
    Label label = new Label(text, swatch);
    label.getStyleClass().add("timeline-legend-entry");
    return label;
  }
}
