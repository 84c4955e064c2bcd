package org.inbetween.models.backbone;

import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The bundled weights are a real pretrained extractor, not noise: nearest-neighbour label transfer
 * from frame 0 to frame 10 on the five DAVIS val sequences, on the 1/16 features, against the same
 * network with random (Kaiming) weights. Measured (docs/models/mobilenetv2-port.md): mean IoU 0.683
 * pretrained, 0.182 random.
 */
@Tag("slow")
class PretrainedFeaturesTest {
  private static final String[] VAL = {
    "blackswan", "bmx-trees", "car-roundabout", "car-shadow", "dance-twirl"
  };
  private static final int TARGET_FRAME = 10;
  private static final int STRIDE_16 = 2;

  @Test
  void pretrainedFeaturesTransferDavisLabelsFarBetterThanRandomOnes() throws IOException {
    try (NDManager manager = NDManager.newBaseManager()) {
      Engine.getInstance().setRandomSeed(7);
      MobileNetV2 pretrained = MobileNetV2.builder().fromBundledWeights().build();
      MobileNetV2Spec spec =
          MobileNetV2Spec.fromKeras(
              TfjsLayersModel.read(TfjsSource.classpath(MobileNetV2.BUNDLED_FOLDER)),
              MobileNetV2.LAST_IMAGENET_BLOCK);
      MobileNetV2 random = MobileNetV2.builder().setSpec(spec).build();
      double pretrainedIou = meanIou(LabelTransfer.initialised(pretrained, manager), manager);
      double randomIou = meanIou(LabelTransfer.initialised(random, manager), manager);
      System.out.printf(
          "label transfer 0 -> %d, DAVIS val, 1/16 features: mean IoU %.3f pretrained, %.3f random%n",
          TARGET_FRAME, pretrainedIou, randomIou);
      assertTrue(pretrainedIou > 0.55, "pretrained mean IoU " + pretrainedIou);
      assertTrue(
          pretrainedIou > randomIou + 0.3,
          "pretrained " + pretrainedIou + " vs random " + randomIou + ": not a clear margin");
    }
  }

  private static double meanIou(MobileNetV2 trunk, NDManager manager) throws IOException {
    LabelTransfer probe = new LabelTransfer(trunk, STRIDE_16);
    double sum = 0;
    for (String sequence : VAL) {
      sum += probe.iou(manager, sequence, TARGET_FRAME);
    }
    return sum / VAL.length;
  }
}
