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
import ai.djl.training.ParameterStore;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Adam;
import ai.djl.training.tracker.Tracker;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The {@code mobile} preset on a real DAVIS clip of 4 frames: logits of the right shape, and a few
 * Adam steps on that clip lower its loss (BCE with logits averaged over pixels, summed over the
 * frames, as in the reference).
 */
class RcrNetNerDavisTest {
  private static final int SIZE = NerPreset.MOBILE.inputSize();
  private static final int STEPS = 5;
  private static final Shape LOGITS = new Shape(1, RcrNetNer.CLIP_LENGTH, 1, SIZE, SIZE);

  @Test
  void mobilePresetGivesOneLogitMapPerFrameOfARealClip() throws IOException {
    RcrNetNer net = RcrNetNer.builder().setPreset(NerPreset.MOBILE).build();
    try (NDManager manager = NDManager.newBaseManager()) {
      net.initialize(manager, RcrNetNer.CLIP_LENGTH, SIZE, SIZE);
      DavisClip clip = DavisClip.read(manager, "blackswan", RcrNetNer.CLIP_LENGTH, SIZE);
      NDArray logits =
          net.forward(new ParameterStore(manager, false), new NDList(clip.frames()), false).head();
      assertEquals(LOGITS, logits.getShape());
      assertTrue(Float.isFinite(logits.sum().getFloat()));
    }
  }

  @Tag("slow")
  @Test
  void aFewAdamStepsOnAClipLowerItsLoss() throws IOException {
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
          try (NDManager scope = trainer.getManager().newSubManager()) {
            // The step's intermediates go to the scope with the clip and leave with it.
            clip.frames().tempAttach(scope);
            clip.targets().tempAttach(scope);
            float loss;
            try (GradientCollector collector = trainer.newGradientCollector()) {
              NDArray logits = trainer.forward(new NDList(clip.frames())).head();
              assertEquals(LOGITS, logits.getShape());
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
        }
        System.out.printf(
            "RCRNet+NER mobile, %d Adam steps: loss %.3f -> %.3f%n", STEPS, first, last);
        assertTrue(last < 0.7 * first, "loss " + first + " -> " + last);
      }
    }
  }

  /** The same through {@link NerTrainer}, with the clip's targets as {@link NerFrame}s. */
  @Tag("slow")
  @Test
  void aFewNerTrainerStepsOnARealClipLowerItsLoss() throws IOException {
    List<NerFrame> clip = new ArrayList<>();
    Path folder = SharedData.davis().resolve("JPEGImages/480p/blackswan");
    for (int frame = 0; frame < RcrNetNer.CLIP_LENGTH; frame++) {
      RgbImage image =
          RgbImage.fromBufferedImage(
              ImageIO.read(folder.resolve(String.format("%05d.jpg", frame)).toFile()));
      LabelMask mask = Masks.fromPng(SharedData.davisMask("blackswan", frame), frame);
      clip.add(new NerFrame(image, KeyframeMasks.of(mask, 1), 1f));
    }
    try (NerTrainer trainer =
        NerTrainer.builder()
            .setPreset(NerPreset.MOBILE)
            .optLearningRate(1e-3f)
            .optSeed(11)
            .build()) {
      float first = trainer.step(List.of(clip));
      float last = first;
      for (int step = 1; step < STEPS; step++) {
        last = trainer.step(List.of(clip));
      }
      System.out.printf("NerTrainer mobile, %d steps: loss %.3f -> %.3f%n", STEPS, first, last);
      assertTrue(last < 0.7 * first, "loss " + first + " -> " + last);
    }
  }
}
