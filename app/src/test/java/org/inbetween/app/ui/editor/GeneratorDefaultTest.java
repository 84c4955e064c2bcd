package org.inbetween.app.ui.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.inbetween.app.cli.CliRun;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.junit.jupiter.api.Test;

/** Ctrl+G, its menu label and the command line agree on the pseudo-label method. */
class GeneratorDefaultTest {
  @Test
  void theEditorRunsTheCommandLinesDefaultMethod() {
    String help = CliRun.of("pseudo-label", "--help").out().replaceAll("\\s+", " ");
    assertTrue(help.contains("(default: " + EditorWindow.DEFAULT_GENERATOR + ";"), help);
    assertEquals(GeneratorRegistry.standard().defaultMethod(), EditorWindow.DEFAULT_GENERATOR);
  }

  @Test
  void everyRegisteredMethodHasAMenuLabelNamingIt() {
    UiText text = UiText.load(Locale.ENGLISH, EditorWindow.STRINGS);
    for (String method : GeneratorRegistry.standard().factories().keySet()) {
      String label = text.format(EditorCommands.generateLabelKey(method));
      assertTrue(
          label.toLowerCase(Locale.ROOT).contains("(" + method.split("-")[0]),
          method + ": " + label);
    }
  }
}
