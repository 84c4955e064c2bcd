/**
 * Salient-object detection: one class-agnostic probability map per frame, "where is the main
 * object", from a pretrained network. {@link org.inbetween.models.saliency.SaliencyModel} is the
 * engine-neutral face (plain Java values in and out); {@link org.inbetween.models.saliency.U2NetP}
 * runs the bundled U²-Net-p through OpenCV dnn.
 */
package org.inbetween.models.saliency;
