package org.inbetween.models.ner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code mobile} preset on a real DAVIS clip of 4 frames: logits of the right shape, and a few
 * Adam steps on that clip lower its loss (BCE with logits averaged over pixels, summed over the
 * frames, as in the reference).
 */
@Tag("slow")
class RcrNetNerDavisTest {
  private static final int SIZE = Integer.getInteger("ner.size", 224);
  private static final int STEPS = Integer.getInteger("ner.steps", 6);

  @Test
  void mobilePresetLearnsARealClip() throws IOException {
    Engine.getInstance().setRandomSeed(11);
    RcrNetNer net = RcrNetNer.builder().setPreset(NerPreset.MOBILE).build();
    try (Model model = Model.newInstance("rcrnet-ner", "PyTorch")) {
      net.initialize(model.getNDManager(), RcrNetNer.CLIP_LENGTH, SIZE, SIZE);
      model.setBlock(net);
      Adam adam = Adam.builder().optLearningRateTracker(Tracker.fixed(1e-3f)).build();
      Loss bce = Loss.sigmoidBinaryCrossEntropyLoss();
      try (Trainer trainer = model.newTrainer(new DefaultTrainingConfig(bce).optOptimizer(adam))) {
        DavisClip clip =
            DavisClip.read(trainer.getManager(), "blackswan", RcrNetNer.CLIP_LENGTH, SIZE);
        float first = 0;
        float last = 0;
        for (int step = 0; step < STEPS; step++) {
          long start = System.nanoTime();
          try (NDManager scope = trainer.getManager().newSubManager()) {
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
              NDArray logits = trainer.forward(new NDList(clip.frames())).head();
              assertEquals(new Shape(1, RcrNetNer.CLIP_LENGTH, 1, SIZE, SIZE), logits.getShape());
              NDArray value =
                  bce.evaluate(new NDList(clip.targets()), new NDList(logits))
                      .mul(RcrNetNer.CLIP_LENGTH);
              loss = value.getFloat();
              collector.backward(value);
            }
            trainer.step();
            first = step == 0 ? loss : first;
            last = loss;
          }
          System.out.printf(
              "step %d loss %.4f %.0f ms%n", step, last, (System.nanoTime() - start) / 1e6);
        }
        assertTrue(last < 0.7 * first, "loss " + first + " -> " + last);
      }
    }
  }
}
