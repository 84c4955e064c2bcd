/**
 * Reusable DJL blocks for the segmentation networks, written because DJL 0.25 lacks them in the
 * layout the reference models use: a torchvision-layout ResNet with per-stage dilation that exposes
 * its four stages ({@link org.inbetween.models.nn.DilatedResNet}), ASPP ({@link
 * org.inbetween.models.nn.Aspp}), the refinement module of RCRNet ({@link
 * org.inbetween.models.nn.RefinementModule}), batch normalisation with frozen statistics ({@link
 * org.inbetween.models.nn.FrozenBatchNorm}), channel dropout ({@link
 * org.inbetween.models.nn.ChannelDropout}) and bilinear resizing with PyTorch's {@code
 * align_corners=false} convention on NCHW tensors ({@link org.inbetween.models.nn.Resize}).
 *
 * <p>All blocks take NCHW float tensors. Input channel counts are inferred by DJL when a block is
 * initialised with an input shape, so a block never needs to be told the width of its input.
 */
package org.inbetween.models.nn;
