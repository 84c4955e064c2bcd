package org.inbetween.models.flow;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.testdata.MovingSquareVideo;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * On a generated video whose square moves (+7, +3) px per frame, a keyframe mask warped with the
 * flow from frame k to the keyframe lands on the square at k; warped with the flow the other way it
 * lands on the mirror position. This pins the direction convention of FGPLG.
 */
class FlowDirectionTest {
  private static final int KEYFRAME = 3;
  private static final int FRAME = 4;
  private final MovingSquareVideo video = new MovingSquareVideo(7, 3);

  @ParameterizedTest(name = "{0} at scale {1}")
  @CsvSource({"ULTRAFAST, 1.0", "FAST, 1.0", "MEDIUM, 1.0"})
  void flowFromFrameToKeyframePullsTheMaskOntoTheObject(FlowPreset preset, double scale) {
    try (DisFlowEstimator dis = new DisFlowEstimator(preset, scale)) {
      FlowField right = dis.fullResolutionFlow(video.frame(FRAME), video.frame(KEYFRAME));
      FlowField wrong = dis.fullResolutionFlow(video.frame(KEYFRAME), video.frame(FRAME));

      double jRight = jaccard(warpKeyframe(right), FRAME);
      double jWrong = jaccard(warpKeyframe(wrong), FRAME);
      double jWrongOnMirror = jaccard(warpKeyframe(wrong), KEYFRAME - (FRAME - KEYFRAME));

      assertTrue(jRight > 0.9, "flow k->keyframe should land on the square, J=" + jRight);
      assertTrue(jWrong < jRight - 0.15, "flow keyframe->k should miss the square, J=" + jWrong);
      assertTrue(
          jWrongOnMirror > jWrong + 0.1,
          "flow keyframe->k should land on the mirror position, J=" + jWrongOnMirror);
    }
  }

  @ParameterizedTest
  @EnumSource(FlowRoute.class)
  void bothRoutesFollowTheObjectOverSeveralFrames(FlowRoute route) throws Exception {
    int far = 4;
    try (DisFlowEstimator dis = new DisFlowEstimator(FlowPreset.FAST, 1.0)) {
      SequenceFlows flows = new SequenceFlows(video::frame, dis, route, new FlowCache(64L << 20));
      float[] warped =
          BackwardWarp.warp(
              KeyframeMasks.of(video.mask(far), 1).probabilities(), flows.toReference(0, far));

      double j = jaccard(warped, 0);
      double unmoved = jaccard(KeyframeMasks.of(video.mask(far), 1).probabilities(), 0);

      assertTrue(
          j > unmoved + 0.05,
          route + " flow over " + far + " frames: J=" + j + ", copying the mask: J=" + unmoved);
    }
  }

  private float[] warpKeyframe(FlowField flow) {
    return BackwardWarp.warp(KeyframeMasks.of(video.mask(KEYFRAME), 1).probabilities(), flow);
  }

  /** J of a warped mask against the square's true position on frame {@code t}. */
  private double jaccard(float[] warped, int t) {
    return RegionSimilarity.jaccard(threshold(warped), video.mask(t).binary(1), null);
  }

  private static boolean[] threshold(float[] p) {
    boolean[] out = new boolean[p.length];
    for (int i = 0; i < p.length; i++) {
      out[i] = p[i] >= 0.5f;
    }
    return out;
  }
}
