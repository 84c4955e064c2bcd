package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.nn.BatchNormMode;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.Checkpoints;
import org.inbetween.models.train.TrainingPlan;
import org.inbetween.models.train.TrainingProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Twenty compact steps on three real bus triples, then the checkpoint through the registry as the
 * fgplg method on a real frame. (That training lowers the loss is {@code FgplgTrainerTest}'s job,
 * on a problem where twenty steps can show it; here the prior is already good.)
 */
class FgplgEndToEndTest {
  @TempDir Path out;

  @Test
  void shortTrainingStartsFromThePriorAndItsCheckpointGeneratesFrameSizedMasks() throws Exception {
    Frames frames = DavisBus.frames();
    int size = RcrNetPreset.COMPACT.inputSize();
    List<TrainingExample> examples =
        new ExampleBuilder(size, size)
            .examples(
                frames,
                DavisBus::truth,
                FgplgTriples.dense(31, 10, FgplgTriples.Middle.CENTRE),
                GeneratorSettings.defaults());
    assertEquals(3, examples.size());

    List<TrainingProgress> reports = new ArrayList<>();
    TrainingPlan plan = new TrainingPlan(20, 10, 10, 3, "DAVIS bus (0,5,10) (10,15,20) (20,25,30)");
    FgplgTraining.Result result;
    try (FgplgTrainer trainer =
        FgplgTrainer.builder()
            .setNetwork(CompactNetworks.fgplg(BatchNormMode.BATCH))
            .setInputSize(size, size)
            .optLearningRate(1e-3f)
            .optSeed(11)
            .build()) {
      result =
          FgplgTraining.run(
              trainer,
              examples,
              examples,
              plan,
              PriorCorruption.NONE,
              out,
              reports::add,
              () -> false);
    }
    assertEquals(20, result.steps());
    assertEquals(20, reports.size());
    assertEquals(2, reports.stream().filter(TrainingProgress::validated).count());
    // The untrained network adds nothing to the warp prior, so training starts at the prior's
    // loss, far below the ln 2 of an uninformed guess: the prior is wired into the loss.
    assertTrue(reports.get(0).loss() < 0.1, "first loss " + reports.get(0).loss());
    assertTrue(
        reports.stream().allMatch(r -> Float.isFinite(r.loss()) && r.loss() > 0),
        reports.toString());
    assertTrue(result.validationJ() >= 0 && result.validationJ() <= 1);
    assertTrue(Files.isRegularFile(out.resolve(Checkpoints.PARAMETERS)));
    assertEquals(20, CheckpointInfo.read(out).steps());
    assertEquals(plan.dataDescription(), CheckpointInfo.read(out).data());

    GeneratorSettings settings = GeneratorSettings.defaults().withOption("model", out.toString());
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard().get("fgplg").create(frames, settings)) {
      SoftMask mask =
          generator.generate(new PseudoLabelRequest(35, DavisBus.truth(30), DavisBus.truth(40)));
      assertEquals(35, mask.frame());
      assertEquals(854, mask.width());
      assertEquals(480, mask.height());
      assertEquals("fgplg", generator.method());
      assertEquals(out.toString(), generator.parameters().get("model"));
      assertEquals("20", generator.parameters().get("modelSteps"));
      assertEquals("compact", generator.parameters().get("modelPreset"));
      assertEquals(64, generator.parameters().get("modelSha256").length());
      assertEquals("carried", generator.parameters().get("route"));
    }
  }
}
