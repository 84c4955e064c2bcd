package org.inbetween.app.ui.commands;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.ui.jobs.JobsView;
import org.inbetween.app.ui.review.ReviewCommands;
import org.inbetween.app.ui.review.ReviewViewModel;
import org.inbetween.app.ui.review.ReviewerMemory;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandRegistryTest {
  private static final UiText TEXT =
      UiText.load(Locale.ENGLISH, UiText.COMMANDS, UiText.REVIEW, UiText.JOBS);

  @TempDir Path dir;

  private static Command command(String id, KeyCombination keys) {
    return Command.of(id, "menu.help", "command.help.shortcuts", keys, () -> {});
  }

  /** Every command this part of the editor declares, as the window registers them. */
  private List<Command> declared(EditorSession session) {
    ReviewViewModel model =
        new ReviewViewModel(session, s -> Optional.empty(), ReviewerMemory.none(), TEXT);
    List<Command> all = new ArrayList<>(ReviewCommands.of(model, () -> {}));
    all.add(JobsView.showCommand(() -> {}));
    all.add(ShortcutHelpOverlay.command(() -> {}));
    return all;
  }

  @Test
  void theDeclaredShortcutsAreUniqueAndEveryLabelExists() throws Exception {
    try (EditorSession session = new EditorSession(ReviewFixture.create(dir), new DemoVideo())) {
      List<Command> all = declared(session);
      for (int i = 0; i < all.size(); i++) {
        for (int j = i + 1; j < all.size(); j++) {
          Command a = all.get(i);
          Command b = all.get(j);
          assertFalse(
              a.accelerator() != null
                  && b.accelerator() != null
                  && Shortcuts.clash(a.accelerator(), b.accelerator()),
              a.id() + " and " + b.id() + " share a shortcut");
          assertFalse(a.id().equals(b.id()), "duplicate id " + a.id());
        }
      }
      for (Command c : all) {
        assertTrue(TEXT.has(c.labelKey()), "missing UI string " + c.labelKey());
        assertTrue(TEXT.has(c.menuKey()), "missing UI string " + c.menuKey());
      }
      CommandRegistry registry = new CommandRegistry();
      assertDoesNotThrow(() -> registry.register(all.toArray(Command[]::new)));
      assertEquals(
          List.of("menu.review", "menu.view", "menu.help"),
          List.copyOf(registry.byMenu().keySet()));
    }
  }

  @ParameterizedTest(name = "{0} vs {1}: clash {2}")
  @CsvSource({
    "A, A, true",
    "A, Shift+A, false",
    "Shortcut+Z, Ctrl+Z, true",
    "Shortcut+Z, Meta+Z, true",
    "Shortcut+Z, Shortcut+Shift+Z, false",
    "Ctrl+Z, Alt+Z, false",
    "F1, F1, true",
    "Shift+N, N, false"
  })
  void shortcutsClashWhenTheSameKeysPressThemOnSomePlatform(
      String first, String second, boolean clash) {
    assertEquals(
        clash, Shortcuts.clash(KeyCombination.valueOf(first), KeyCombination.valueOf(second)));
  }

  @Test
  void aClashingShortcutIsRefusedNamingBothCommands() {
    CommandRegistry registry = new CommandRegistry();
    registry.register(command("edit.undo", KeyCombination.valueOf("Shortcut+Z")));
    IllegalArgumentException refused =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                registry.register(
                    command("view.zoom", KeyCombination.valueOf("F2")),
                    command("view.zoomOut", KeyCombination.valueOf("Ctrl+Z"))));
    assertTrue(refused.getMessage().contains("\"view.zoomOut\""), refused.getMessage());
    assertTrue(refused.getMessage().contains("\"edit.undo\""), refused.getMessage());
    assertEquals(1, registry.commands().size(), "all or nothing");
  }

  @Test
  void clashesWithinOneCallAreRefusedToo() {
    CommandRegistry registry = new CommandRegistry();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            registry.register(
                command("view.a", new KeyCodeCombination(KeyCode.A)),
                command("view.b", new KeyCodeCombination(KeyCode.A))));
  }

  @Test
  void anIdIsDeclaredOnce() {
    CommandRegistry registry = new CommandRegistry();
    registry.register(command("view.fit", null));
    assertThrows(
        IllegalArgumentException.class, () -> registry.register(command("view.fit", null)));
  }

  @ParameterizedTest
  @CsvSource({"accept", "Review.accept", "review.", "review accept"})
  void idsAreAreaDotAction(String id) {
    assertThrows(IllegalArgumentException.class, () -> command(id, null));
  }

  @Test
  void aDisabledCommandDoesNotRun() {
    AtomicInteger runs = new AtomicInteger();
    SimpleBooleanProperty enabled = new SimpleBooleanProperty(false);
    Command command =
        Command.of(
                "review.accept",
                "menu.review",
                "command.review.accept",
                null,
                runs::incrementAndGet)
            .enabledWhen(enabled);
    assertFalse(command.execute());
    enabled.set(true);
    assertTrue(command.execute());
    assertEquals(1, runs.get());
    assertEquals("cmd-review-accept", command.nodeId());
  }

  @Test
  void aMissingStringIsNamed() {
    Exception missing =
        assertThrows(java.util.MissingResourceException.class, () -> TEXT.format("no.such.key"));
    assertTrue(missing.getMessage().contains("no.such.key"));
  }
}
