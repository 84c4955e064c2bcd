package org.inbetween.models.backbone;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.inbetween.models.nn.BatchNormMode;

/**
 * MobileNetV2's inverted-residual block as Keras builds it: 1×1 expansion → BN → ReLU6, (explicit
 * zero padding), depthwise k×k → BN → ReLU6, 1×1 linear projection → BN, plus the input when the
 * block keeps stride and width. Its convolutions and normalisations are registered under their
 * Keras layer names, which is how {@link MobileNetV2} finds where each pretrained weight goes.
 */
final class InvertedResidual extends AbstractBlock {
  private static final byte VERSION = 1;

  private final SequentialBlock body;
  private final boolean residual;
  private final Map<String, Block> kerasLayers = new LinkedHashMap<>();

  InvertedResidual(
      MobileNetV2Spec.Block spec, int inChannels, BatchNormMode batchNorm, float epsilon) {
    super(VERSION);
    SequentialBlock layers = new SequentialBlock();
    int hidden = inChannels;
    if (spec.expandChannels() > 0) {
      hidden = spec.expandChannels();
      add(layers, spec.expand(), TrunkLayers.conv(hidden, 1, 1, 0));
      add(layers, MobileNetV2Spec.Block.batchNorm(spec.expand()), batchNorm.newLayer(epsilon));
      layers.add(Activation.relu6Block());
    }
    if (!spec.padding().isNone()) {
      layers.add(new ZeroPadding2d(spec.padding()));
    }
    add(
        layers,
        spec.depthwise(),
        TrunkLayers.depthwise(hidden, spec.kernel(), spec.stride(), spec.convPadding()));
    add(layers, MobileNetV2Spec.Block.batchNorm(spec.depthwise()), batchNorm.newLayer(epsilon));
    layers.add(Activation.relu6Block());
    add(layers, spec.project(), TrunkLayers.conv(spec.outChannels(), 1, 1, 0));
    add(layers, MobileNetV2Spec.Block.batchNorm(spec.project()), batchNorm.newLayer(epsilon));
    body = addChildBlock("body", layers);
    residual = spec.residual();
    if (residual && (spec.stride() != 1 || inChannels != spec.outChannels())) {
      throw new IllegalArgumentException(
          spec.prefix()
              + " cannot add its input: stride "
              + spec.stride()
              + ", "
              + inChannels
              + " -> "
              + spec.outChannels()
              + " channels");
    }
  }

  private void add(SequentialBlock layers, String kerasName, Block layer) {
    layers.add(layer);
    kerasLayers.put(kerasName, layer);
  }

  /** This block's convolutions and normalisations by Keras layer name, in forward order. */
  Map<String, Block> kerasLayers() {
    return Collections.unmodifiableMap(kerasLayers);
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList out = body.forward(store, inputs, training, params);
    if (!residual) {
      return out;
    }
    return new NDList(out.head().add(inputs.head()));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return body.getOutputShapes(inputShapes);
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    body.initialize(manager, dataType, inputShapes);
  }
}
