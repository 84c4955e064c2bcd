/**
 * The {@code kmn} pseudo-label method: a space-time memory read (STM) with KMN's Memory-to-Query
 * Gaussian kernel (specs/models.md §2) on keys from the pretrained MobileNetV2 trunk, plugged into
 * the generator registry as a service.
 *
 * <p>Keys are the trunk's frozen ImageNet features, not learned key projections: {@link
 * org.inbetween.models.kmn.TrunkKeys} turns a frame into unit-length 128-d keys on the 1/16 grid;
 * {@link org.inbetween.models.kmn.KernelizedRead} reads a query frame's masks from memory frames;
 * {@link org.inbetween.models.kmn.KmnGenerator} answers pseudo-label requests from the two
 * keyframes' masks.
 */
package org.inbetween.models.kmn;
