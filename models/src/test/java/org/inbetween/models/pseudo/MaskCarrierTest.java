package org.inbetween.models.pseudo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import org.inbetween.models.flow.BackwardWarp;
import org.inbetween.models.flow.DisFlowEstimator;
import org.inbetween.models.flow.FlowCache;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.flow.FlowRoute;
import org.inbetween.models.flow.SequenceFlows;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.testdata.MovingSquareVideo;
import org.junit.jupiter.api.Test;

class MaskCarrierTest {
  private final MovingSquareVideo video = new MovingSquareVideo(5, 2);

  @Test
  void aCarriedMaskIsTheKeyframeMaskPulledAlongEachNeighbourFlowInTurn() throws IOException {
    try (DisFlowEstimator dis = new DisFlowEstimator(FlowPreset.ULTRAFAST, 1.0)) {
      SequenceFlows flows = flows(dis);
      MaskCarrier carrier = new MaskCarrier(flows, MaskCarrier.DEFAULT_MAX_BYTES);
      SoftMask first = KeyframeMasks.of(video.mask(0), 1);
      SoftMask last = KeyframeMasks.of(video.mask(8), 1);
      float[] forward = first.probabilities();
      float[] backward = last.probabilities();

      for (int k = 1; k < 8; k++) {
        forward = BackwardWarp.warp(forward, flows.step(k, k - 1));
        backward = BackwardWarp.warp(backward, flows.step(8 - k, 9 - k));
        assertArrayEquals(forward, carrier.carry(first, k), "forward to " + k);
        assertArrayEquals(backward, carrier.carry(last, 8 - k), "backward to " + (8 - k));
      }
      assertTrue(jaccard(carrier.carry(first, 1), 1) > 0.9, "one step follows the square");
      assertTrue(jaccard(carrier.carry(last, 7), 7) > 0.9, "one step back follows the square");
    }
  }

  @Test
  void theOrderOfQuestionsAndTheMemoryBoundDoNotChangeTheAnswer() throws IOException {
    try (DisFlowEstimator dis = new DisFlowEstimator(FlowPreset.ULTRAFAST, 1.0)) {
      SoftMask last = KeyframeMasks.of(video.mask(8), 1);
      MaskCarrier roomy = carrier(dis, MaskCarrier.DEFAULT_MAX_BYTES);
      // room for two carried masks only: most steps are recomputed
      MaskCarrier cramped =
          carrier(dis, 2L * 4 * MovingSquareVideo.WIDTH * MovingSquareVideo.HEIGHT);
      float[][] descending = new float[8][];
      for (int k = 7; k >= 1; k--) {
        descending[k] = roomy.carry(last, k).clone();
      }

      for (int k = 1; k < 8; k++) {
        assertArrayEquals(descending[k], cramped.carry(last, k), "frame " + k);
      }
    }
  }

  @Test
  void aLongGapAskedFrameByFrameCostsAFewStepsPerFrameNotAWalkEach() throws IOException {
    MovingSquareVideo slow = new MovingSquareVideo(1, 0);
    int gap = 60;
    try (DisFlowEstimator dis = new DisFlowEstimator(FlowPreset.ULTRAFAST, 1.0)) {
      SoftMask first = KeyframeMasks.of(slow.mask(0), 1);
      SoftMask last = KeyframeMasks.of(slow.mask(gap), 1);
      long mask = 4L * MovingSquareVideo.WIDTH * MovingSquareVideo.HEIGHT;
      // the bound holds 40 masks, a sixth of the four chains' 240 (128 MiB holds 80 at 854x480)
      MaskCarrier bounded = new MaskCarrier(flows(dis, slow), 40 * mask);
      MaskCarrier roomy = new MaskCarrier(flows(dis, slow), 5L * gap * mask);

      for (int k = 1; k < gap; k++) {
        // what FlowGuidance asks for each frame of a gap, in the order a job asks
        assertArrayEquals(roomy.carry(first, k), bounded.carry(first, k), "forward " + k);
        assertArrayEquals(roomy.carry(last, k), bounded.carry(last, k), "backward " + k);
        assertArrayEquals(roomy.trust(first, k), bounded.trust(first, k), "trust " + k);
        assertArrayEquals(roomy.trust(last, k), bounded.trust(last, k), "trust back " + k);
      }

      assertTrue(
          bounded.steps() <= 4 * 2 * gap,
          "four chains, each walked at most twice: " + bounded.steps() + " steps");

      MaskCarrier shortGap = new MaskCarrier(flows(dis, slow), 40 * mask);
      SoftMask tenth = KeyframeMasks.of(slow.mask(10), 1);
      for (int k = 1; k < 10; k++) {
        shortGap.carry(first, k);
        shortGap.carry(tenth, k);
        shortGap.trust(first, k);
        shortGap.trust(tenth, k);
      }
      assertEquals(4 * 9, shortGap.steps(), "a gap that fits the bound is walked once per chain");
    }
  }

  private MaskCarrier carrier(DisFlowEstimator dis, long maxBytes) {
    return new MaskCarrier(flows(dis), maxBytes);
  }

  private SequenceFlows flows(DisFlowEstimator dis) {
    return flows(dis, video);
  }

  private static SequenceFlows flows(DisFlowEstimator dis, MovingSquareVideo source) {
    return new SequenceFlows(source::frame, dis, FlowRoute.CARRIED, new FlowCache(64L << 20));
  }

  private double jaccard(float[] probabilities, int frame) {
    SoftMask carried =
        Masks.softFromProbabilities(
            frame, MovingSquareVideo.WIDTH, MovingSquareVideo.HEIGHT, probabilities);
    boolean[] region = carried.threshold(0.5f);
    return RegionSimilarity.jaccard(
        Masks.fromBinary(frame, MovingSquareVideo.WIDTH, MovingSquareVideo.HEIGHT, region, 1),
        video.mask(frame),
        1);
  }
}
