package org.inbetween.models.fgplg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FgplgGeneratorFactoryTest {
  @TempDir Path empty;

  @Test
  void isFoundByNameThroughTheServiceLoader() {
    assertTrue(
        GeneratorRegistry.standard().factories().get("fgplg") instanceof FgplgGeneratorFactory);
  }

  @Test
  void aFolderThatIsNotACheckpointIsNamed() {
    GeneratorSettings settings = GeneratorSettings.defaults().withOption("model", empty.toString());
    UncheckedIOException e =
        assertThrows(
            UncheckedIOException.class,
            () -> new FgplgGeneratorFactory().create(index -> null, settings));
    assertTrue(e.getMessage().contains(empty.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("not a checkpoint"), e.getMessage());
  }
}
