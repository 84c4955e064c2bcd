package org.inbetween.app.project.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.inbetween.app.project.ProjectFormatException;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The project's optical flow setting (project.json version 4): journaled like every edit, read as
 * the generators' default from older files, refused with the file named when it is not a preset.
 */
class ProjectFlowPresetTest {
  @TempDir Path tmp;

  @Test
  void aNewProjectUsesTheGeneratorsDefaultFlow() throws IOException {
    try (ProjectStore store = TestProjects.createDemo(tmp.resolve("p"))) {
      assertEquals(GeneratorSettings.defaults().preset(), store.project().flowPreset());
      assertEquals(GeneratorSettings.defaults(), store.project().flowSettings());
    }
  }

  @Test
  void theSettingSurvivesACrashAndACheckpoint() throws IOException {
    Path dir = tmp.resolve("p");
    Path crashed = tmp.resolve("crashed");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.setFlowPreset(FlowPreset.MEDIUM);
      assertEquals(
          GeneratorSettings.defaults().withPreset(FlowPreset.MEDIUM),
          store.project().flowSettings());
      TestProjects.crashCopy(dir, crashed); // only the journal has it yet
    }
    try (ProjectStore store = TestProjects.reopen(crashed)) {
      assertEquals(FlowPreset.MEDIUM, store.project().flowPreset());
    }
    JsonNode json = Json.MAPPER.readTree(dir.resolve("project.json").toFile());
    assertEquals("medium", json.get("flowPreset").asText());
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(FlowPreset.MEDIUM, store.project().flowPreset());
    }
  }

  @Test
  void aVersionThreeProjectOpensWithTheDefaultFlowAndIsWrittenAsVersionFour() throws IOException {
    Path dir =
        demoWithProjectJson(
            json -> {
              json.put("formatVersion", 3);
              json.remove("flowPreset");
            });
    Path file = dir.resolve("project.json");

    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(FlowPreset.ULTRAFAST, store.project().flowPreset());
      store.setFlowPreset(FlowPreset.FAST);
    }
    JsonNode written = Json.MAPPER.readTree(file.toFile());
    assertEquals(4, written.get("formatVersion").asInt());
    assertEquals("fast", written.get("flowPreset").asText());
  }

  @Test
  void anUnknownPresetIsReportedNamingTheFileAndLeavesItAsItWas() throws IOException {
    Path dir = demoWithProjectJson(json -> json.put("flowPreset", "superfast"));
    Path file = dir.resolve("project.json");
    Files.deleteIfExists(dir.resolve("project.json.bak"));
    byte[] before = Files.readAllBytes(file);

    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(
        e.getMessage().contains("project.json")
            && e.getMessage().contains("flowPreset")
            && e.getMessage().contains("superfast")
            && e.getMessage().contains("choose ultrafast, fast or medium"),
        e.getMessage());
    assertArrayEquals(before, Files.readAllBytes(file));
  }

  /** A closed demo project whose project.json {@code change} has edited. */
  private Path demoWithProjectJson(Consumer<ObjectNode> change) throws IOException {
    Path dir = tmp.resolve("p");
    TestProjects.createDemo(dir).close();
    Path file = dir.resolve("project.json");
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(file.toFile());
    change.accept(json);
    Json.MAPPER.writeValue(file.toFile(), json);
    return dir;
  }
}
