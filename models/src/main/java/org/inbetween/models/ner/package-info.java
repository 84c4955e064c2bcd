/**
 * RCRNet+NER (Yan et al., ICCV 2019): RCRNet's per-frame encoder, ASPP and refinement decoder with
 * a non-local and recurrent (NER) module between them that lets the frames of a clip inform each
 * other. Used to predict salient-object masks over a whole video, and trained on keyframes and
 * reviewed pseudo-labels.
 *
 * <p>The pieces follow the reference {@code VideoModel} ({@code specs/models.md} §1.4): {@link
 * org.inbetween.models.ner.NonLocalBlock} (dot product, normalised by the number of positions, W
 * zero-initialised), {@link org.inbetween.models.ner.ConvGruCell} (z gates the old state), {@link
 * org.inbetween.models.ner.BidirectionalConvGru} (backward pass stacked on the forward one), {@link
 * org.inbetween.models.ner.NerModule} and {@link org.inbetween.models.ner.RcrNetNer}. {@link
 * org.inbetween.models.ner.NerPreset} names the reference size ({@code full}, 51.7 M parameters,
 * for GPUs) and a CPU size ({@code mobile}) on the bundled pretrained MobileNetV2 trunk.
 */
package org.inbetween.models.ner;
