package org.inbetween.models.metrics;

/**
 * Dataset-level saliency scores, each a mean over the images added to a {@link SaliencyMeter}.
 *
 * @param mae mean absolute error between prediction and ground truth
 * @param sMeasure structure measure, α = 0.5
 * @param maxF the highest value of the threshold-wise F-measure curve (curve averaged over images)
 * @param meanF the mean of that curve over its 256 thresholds
 * @param adaptiveF the mean of each image's F at its adaptive threshold
 * @param maxE the highest value of the E-measure curve
 * @param meanE the mean of that curve
 * @param adaptiveE the mean of each image's E at its adaptive threshold
 */
public record SaliencyScores(
    double mae,
    double sMeasure,
    double maxF,
    double meanF,
    double adaptiveF,
    double maxE,
    double meanE,
    double adaptiveE) {}
