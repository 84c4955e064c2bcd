/**
 * Evaluation metrics with the exact conventions of the reference toolkits, so that numbers computed
 * here can be compared with published ones.
 *
 * <p>Video object segmentation: region similarity J ({@link
 * org.inbetween.models.metrics.RegionSimilarity}), boundary accuracy F ({@link
 * org.inbetween.models.metrics.BoundaryAccuracy}) and their per-sequence statistics ({@link
 * org.inbetween.models.metrics.DavisStatistics}), as in the DAVIS 2017 evaluation code.
 *
 * <p>Salient object detection: MAE, F-measure, S-measure and E-measure over a set of images ({@link
 * org.inbetween.models.metrics.SaliencyMeter}), as in PySODMetrics.
 *
 * <p>All metrics work on row-major plain arrays ({@code boolean[]} masks, {@code double[]} maps)
 * with a width and a height; overloads accept {@link org.inbetween.models.image.LabelMask} and
 * {@link org.inbetween.models.image.SoftMask}.
 */
package org.inbetween.models.metrics;
