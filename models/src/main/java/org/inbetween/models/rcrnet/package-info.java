/**
 * RCRNet (Yan et al., ICCV 2019) assembled from the blocks in {@link org.inbetween.models.nn}: a
 * dilated ResNet (output stride 16), ASPP, three refinement modules and a full-resolution head that
 * produces one channel of logits. With 7 input channels it is the refiner of the flow-guided
 * pseudo-label generator (FGPLG).
 *
 * <p>Networks are built by {@link org.inbetween.models.rcrnet.RcrNet#builder()} from a named {@link
 * org.inbetween.models.rcrnet.RcrNetPreset}: {@code full} reproduces the reference model, {@code
 * compact} is a narrower, shallower variant sized to train on a 2-core CPU. Both are {@link
 * org.inbetween.models.rcrnet.RefinementNet}s, whose encode and decode halves video models reuse
 * per frame; {@link org.inbetween.models.rcrnet.MobileRcrNet} is the same decoder on the bundled
 * pretrained MobileNetV2 trunk.
 */
package org.inbetween.models.rcrnet;
