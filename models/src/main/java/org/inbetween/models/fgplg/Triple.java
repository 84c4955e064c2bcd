package org.inbetween.models.fgplg;

/**
 * One FGPLG training sample by frame indices: the network sees frame k with the ground truth of
 * keyframes i and j warped into it, and learns k's ground truth.
 *
 * @param before i, the earlier keyframe
 * @param middle k, the frame whose mask is learnt, strictly between
 * @param after j, the later keyframe
 */
public record Triple(int before, int middle, int after) {
  public Triple {
    if (!(0 <= before && before < middle && middle < after)) {
      throw new IllegalArgumentException(
          "a triple needs 0 <= i < k < j, got (" + before + ", " + middle + ", " + after + ")");
    }
  }
}
