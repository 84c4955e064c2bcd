package org.inbetween.app.ui.timeline;

/**
 * Where each lane lies on the timeline canvas, top to bottom: ruler, keyframe ticks, state,
 * confidence, then one lane per object. Names go in a gutter on the left; x in the lanes is
 * measured from the gutter's right edge.
 */
record TimelineLayout(int objectCount) {
  static final double GUTTER = 112;
  static final double RULER = 16;
  static final double TICKS = 10;
  static final double STATE = 18;
  static final double CONFIDENCE = 28;
  static final double OBJECT = 14;
  static final double GAP = 3;

  double rulerY() {
    return 0;
  }

  double ticksY() {
    return RULER + GAP;
  }

  double stateY() {
    return ticksY() + TICKS + GAP;
  }

  double confidenceY() {
    return stateY() + STATE + GAP;
  }

  double objectY(int index) {
    return confidenceY() + CONFIDENCE + GAP + index * (OBJECT + GAP);
  }

  /** The canvas height that holds every lane. */
  double height() {
    return objectY(objectCount);
  }
}
