package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.inbetween.models.kmn.KmnGeneratorFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code --kmn-edges}, shared by pseudo-label, bench pseudo-labels and adapt through FlowOptions.
 */
class KmnEdgesOptionTest {
  @TempDir Path tmp;

  @Test
  void theChoiceReachesTheGeneratorSettingsOnlyWhenGiven() {
    FlowOptions decoder = new FlowOptions();
    new CommandLine(decoder).parseArgs("--kmn-edges", "Decoder");
    assertEquals("decoder", decoder.settings().options().get(KmnGeneratorFactory.EDGES_OPTION));
    FlowOptions none = new FlowOptions();
    new CommandLine(none).parseArgs();
    assertFalse(none.settings().options().containsKey(KmnGeneratorFactory.EDGES_OPTION));
  }

  @Test
  void anUnknownChoiceIsBadInputListingTheChoices() {
    CliRun run =
        CliRun.of(
            "pseudo-label", "--project", tmp.toString(), "--method", "kmn", "--kmn-edges", "sharp");
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("choose one of guided, decoder"), run.err());
  }
}
