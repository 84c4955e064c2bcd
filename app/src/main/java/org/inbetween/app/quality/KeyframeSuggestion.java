package org.inbetween.app.quality;

/**
 * A frame worth labelling next, and why.
 *
 * @param frame the frame to draw
 * @param gain the expected gain: the estimated error it removes, in frames' worth (a frame whose
 *     estimate is 0.6 carries 0.4), counting the frame itself and its neighbours that it brings
 *     nearer to a keyframe
 * @param stretch the frames it lies among, e.g. "gap 20..40" or "after keyframe 80"
 * @param meanEstimate the mean estimate of the frames in that stretch before labelling it
 */
public record KeyframeSuggestion(int frame, double gain, String stretch, double meanEstimate) {}
