package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.rcrnet.RcrNetPreset;
import org.inbetween.models.train.Checkpoints;
import org.junit.jupiter.api.Test;

/** The compact checkpoint shipped in the jar is the default model of {@code fgplg}. */
class BundledModelTest {
  private static final long MAX_BYTES = 25L * 1024 * 1024;

  @Test
  void theBundledCheckpointIsACompactSevenChannelNetworkUnderTheSizeBudget() throws Exception {
    Path folder = BundledModel.folder();
    CheckpointInfo info = CheckpointInfo.read(folder);
    assertEquals(RcrNetPreset.COMPACT, info.network().preset());
    assertEquals(7, info.network().inputChannels());
    assertEquals(RcrNetPreset.COMPACT.inputSize(), info.inputHeight());
    assertTrue(info.data().contains("train"), info.data());
    long bytes = Files.size(folder.resolve(Checkpoints.PARAMETERS));
    assertTrue(bytes < MAX_BYTES, bytes + " bytes");
    assertEquals(folder, BundledModel.folder(), "extracted once per process");
  }

  @Test
  void fgplgWithoutAModelOptionRunsTheBundledOne() throws Exception {
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard()
            .get(FgplgGeneratorFactory.NAME)
            .create(DavisBus.frames(), GeneratorSettings.defaults())) {
      assertEquals(BundledModel.NAME, generator.parameters().get("model"));
      assertEquals(64, generator.parameters().get("modelSha256").length());
    }
  }
}
