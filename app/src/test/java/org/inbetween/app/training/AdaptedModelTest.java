package org.inbetween.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.cli.BusKeyframes;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.kmn.FusedGeneratorFactory;
import org.inbetween.models.kmn.KmnGeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.Checkpoints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The editor's jobs run with the project's optical flow, and prefer the project's adapted model
 * once there is one.
 */
class AdaptedModelTest {
  @TempDir Path project;

  @Test
  void withoutAnAdaptedCheckpointTheDefaultsStand() throws Exception {
    Files.createDirectories(project.resolve(AdaptRequest.DEFAULT_OUT));
    assertEquals(
        GeneratorSettings.defaults(),
        AdaptedModel.settingsFor(project, GeneratorSettings.defaults()));
  }

  @Test
  void anAdaptedCheckpointBecomesTheModel() throws Exception {
    Path folder = Files.createDirectories(project.resolve(AdaptRequest.DEFAULT_OUT));
    Files.writeString(folder.resolve(Checkpoints.INFO), "{}");
    assertEquals(
        GeneratorSettings.defaults()
            .withOption(FgplgGeneratorFactory.MODEL_OPTION, folder.toString()),
        AdaptedModel.settingsFor(project, GeneratorSettings.defaults()));
  }

  @Test
  void aProjectsJobsRunWithItsFlowAndItsAdaptedModel() throws Exception {
    Path dir = project.resolve("bus");
    try (ProjectStore store = BusKeyframes.create(dir, 0, 10)) {
      assertEquals(GeneratorSettings.defaults(), AdaptedModel.settingsFor(store));
      store.setFlowPreset(FlowPreset.MEDIUM);
      Path folder = Files.createDirectories(dir.resolve(AdaptRequest.DEFAULT_OUT));
      Files.writeString(folder.resolve(Checkpoints.INFO), "{}");
      assertEquals(
          GeneratorSettings.defaults()
              .withPreset(FlowPreset.MEDIUM)
              .withOption(FgplgGeneratorFactory.MODEL_OPTION, folder.toString()),
          AdaptedModel.settingsFor(store));
    }
  }

  @Test
  void anAdaptedKmnDecoderAndItsFusionTrustJoinTheGivenSettings() throws Exception {
    Path decoder = project.resolve(KmnAdaptTask.DEFAULT_OUT);
    Files.createDirectories(decoder.getParent());
    Files.write(decoder, new byte[] {1});
    GeneratorSettings base = GeneratorSettings.defaults().withOption("fusion", "Trust");
    assertEquals(
        base.withOption(KmnGeneratorFactory.DECODER_OPTION, decoder.toString())
            .withOption(FusedGeneratorFactory.FULL_TRUST_OPTION, "2.0"),
        AdaptedModel.settingsFor(project, base));
  }
}
