package org.inbetween.models.backbone;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import ai.djl.util.Pair;
import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The pretrained trunk trains: one optimiser step moves every trainable weight and leaves the
 * frozen stem and first blocks, and every running statistic, exactly as loaded.
 */
class TrainableTrunkTest {
  private static final int FROZEN_BLOCKS = 6;

  /** DJL names child parameters "NNchild_...": the stem, then block0..block10. */
  private static final Pattern CHILD = Pattern.compile("^\\d\\d(stem|block(\\d+))_");

  @Test
  void oneStepChangesTrainableParametersAndNoFrozenOne() throws IOException {
    MobileNetV2 trunk =
        MobileNetV2.builder().fromBundledWeights().optFrozenBlocks(FROZEN_BLOCKS).build();
    try (Model model = Model.newInstance("mobilenet-step", "PyTorch")) {
      trunk.initialize(model.getNDManager(), DataType.FLOAT32, new Shape(1, 3, 64, 64));
      model.setBlock(trunk);
      Map<String, float[]> before = snapshot(trunk);
      Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(1e-3f)).build();
      try (Trainer trainer =
              model.newTrainer(new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(adam));
          NDManager step = trainer.getManager().newSubManager()) {
        NDArray input = step.randomUniform(0f, 1f, new Shape(1, 3, 64, 64));
        try (GradientCollector collector = trainer.newGradientCollector()) {
          NDArray deepest = trainer.forward(new NDList(input)).get(2);
          NDArray loss =
              trainer.getLoss().evaluate(new NDList(deepest.zerosLike()), new NDList(deepest));
          collector.backward(loss);
        }
        trainer.step();
      }
      int moved = 0;
      int kept = 0;
      for (Pair<String, Parameter> entry : trunk.getParameters()) {
        String name = entry.getKey();
        Parameter parameter = entry.getValue();
        float[] after = parameter.getArray().toFloatArray();
        if (frozen(name) || isRunningStatistic(parameter)) {
          assertFalse(parameter.requiresGradient(), name + " should be frozen");
          assertArrayEquals(before.get(name), after, name + " changed though frozen");
          kept++;
        } else {
          assertTrue(parameter.requiresGradient(), name + " should train");
          assertFalse(Arrays.equals(before.get(name), after), name + " did not move in a step");
          moved++;
        }
      }
      // Blocks 6-10: 5 blocks x (3 convolutions + 3 x gamma, beta).
      assertEquals(5 * 9, moved);
      assertTrue(kept > moved, "stem, blocks 0-5 and all running statistics stay: " + kept);
    }
  }

  private static boolean frozen(String name) {
    Matcher child = CHILD.matcher(name);
    assertTrue(child.find(), "unexpected parameter name " + name);
    return child.group(2) == null || Integer.parseInt(child.group(2)) < FROZEN_BLOCKS;
  }

  private static boolean isRunningStatistic(Parameter parameter) {
    return parameter.getType() == Parameter.Type.RUNNING_MEAN
        || parameter.getType() == Parameter.Type.RUNNING_VAR;
  }

  private static Map<String, float[]> snapshot(MobileNetV2 trunk) {
    Map<String, float[]> values = new LinkedHashMap<>();
    for (Pair<String, Parameter> entry : trunk.getParameters()) {
      values.put(entry.getKey(), entry.getValue().getArray().toFloatArray());
    }
    return values;
  }
}
