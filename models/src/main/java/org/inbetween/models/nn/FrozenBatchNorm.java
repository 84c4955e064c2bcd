package org.inbetween.models.nn;

import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * Batch normalisation that always normalises with its running statistics, even while training, and
 * still trains its affine parameters: PyTorch's {@code BatchNorm2d} in eval mode inside a model in
 * train mode, which is how the reference FGPLG fine-tunes RCRNet.
 *
 * <p>DJL 0.25's {@link BatchNorm} has no such option (it uses batch statistics whenever {@code
 * training} is true), hence this block. Its parameters carry the same names, types and order as
 * DJL's {@code BatchNorm} (gamma, beta, runningMean, runningVar), so checkpoints are
 * interchangeable between the two.
 */
public final class FrozenBatchNorm extends AbstractBlock {
  /**
   * Version 2 is DJL {@code BatchNorm}'s own metadata layout (input shapes, then the channel
   * count), so parameter files load across the two blocks; version 1 files hold input shapes only.
   */
  private static final byte VERSION = 2;

  private final Parameter gamma;
  private final Parameter beta;
  private final Parameter runningMean;
  private final Parameter runningVar;
  private final float epsilon;

  /**
   * A layer with PyTorch's epsilon ({@link BatchNormMode#EPSILON}) whose channel count is inferred
   * from the input shape at initialisation.
   */
  public FrozenBatchNorm() {
    this(BatchNormMode.EPSILON);
  }

  /**
   * A layer with its own epsilon: Keras networks use 1e-3, and weights trained with one epsilon
   * give different outputs with another wherever a running variance is near zero.
   */
  public FrozenBatchNorm(float epsilon) {
    super(VERSION);
    this.epsilon = epsilon;
    gamma = addParameter(parameter("gamma", Parameter.Type.GAMMA, true));
    beta = addParameter(parameter("beta", Parameter.Type.BETA, true));
    runningMean = addParameter(parameter("runningMean", Parameter.Type.RUNNING_MEAN, false));
    runningVar = addParameter(parameter("runningVar", Parameter.Type.RUNNING_VAR, false));
  }

  private static Parameter parameter(String name, Parameter.Type type, boolean trainable) {
    return Parameter.builder().setName(name).setType(type).optRequiresGrad(trainable).build();
  }

  @Override
  protected NDList forwardInternal(
      ParameterStore parameterStore,
      NDList inputs,
      boolean training,
      PairList<String, Object> params) {
    NDArray input = inputs.singletonOrThrow();
    NDArray scale = parameterStore.getValue(gamma, input.getDevice(), training);
    NDArray shift = parameterStore.getValue(beta, input.getDevice(), training);
    NDArray mean = parameterStore.getValue(runningMean, input.getDevice(), false);
    NDArray variance = parameterStore.getValue(runningVar, input.getDevice(), false);
    return BatchNorm.batchNorm(
        input, mean, variance, scale, shift, 1, BatchNormMode.DJL_MOMENTUM, epsilon, false);
  }

  @Override
  protected void saveMetadata(DataOutputStream os) throws IOException {
    saveInputShapes(os);
    os.writeLong(inputShapes[0].get(1));
  }

  @Override
  public void loadMetadata(byte loadVersion, DataInputStream is)
      throws IOException, MalformedModelException {
    if (loadVersion != 1 && loadVersion != VERSION) {
      throw new MalformedModelException(
          "unsupported FrozenBatchNorm/BatchNorm parameter version " + loadVersion);
    }
    readInputShapes(is);
    if (loadVersion == VERSION) {
      is.readLong();
    }
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    return new Shape[] {inputShapes[0]};
  }

  @Override
  protected void prepare(Shape[] inputShapes) {
    Shape channels = new Shape(inputShapes[0].get(1));
    gamma.setShape(channels);
    beta.setShape(channels);
    runningMean.setShape(channels);
    runningVar.setShape(channels);
  }
}
