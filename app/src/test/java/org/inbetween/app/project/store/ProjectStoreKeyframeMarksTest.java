package org.inbetween.app.project.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.ProjectFormatException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Keyframe marks (timeline key M): journaled, replayed, in project.json, refused when bad. */
class ProjectStoreKeyframeMarksTest {
  @TempDir Path tmp;

  /** l = 5: marks 7 and 22, unmarks grid slot 10; 12 marked then unmarked; 15 a no-op mark. */
  private static void markSome(ProjectStore store) throws IOException {
    store.markKeyframeSlot(7, true, "ana");
    store.markKeyframeSlot(10, false, "ana");
    store.markKeyframeSlot(12, true, "ana");
    store.markKeyframeSlot(12, false, "bo");
    store.markKeyframeSlot(15, true, "ana");
    store.markKeyframeSlot(22, true, "bo");
  }

  private static void assertMarked(Project p) {
    assertEquals(Set.of(7, 22), p.addedKeyframes());
    assertEquals(Set.of(10), p.removedKeyframes());
    assertTrue(p.isKeyframeSlot(7));
    assertFalse(p.isKeyframeSlot(10));
    assertFalse(p.isKeyframeSlot(12), "a withdrawn mark leaves no trace");
    assertTrue(p.isKeyframeSlot(15));
    assertTrue(p.isKeyframeSlot(20));
    assertFalse(p.isKeyframeSlot(21));
  }

  @Test
  void marksAreInProjectJsonAndSurviveReopening() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      markSome(store);
      assertMarked(store.project());
      assertEquals(6, store.journalSequences().size(), "the no-op mark is journaled too");
    }
    JsonNode json = Json.MAPPER.readTree(dir.resolve("project.json").toFile());
    assertEquals(ProjectJson.FORMAT_VERSION, json.get("formatVersion").asInt());
    assertEquals("[7,22]", json.get("keyframeMarks").get("added").toString());
    assertEquals("[10]", json.get("keyframeMarks").get("removed").toString());
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertMarked(store.project());
    }
  }

  @Test
  void marksOnlyInTheJournalAreReplayed() throws IOException {
    Path dir = tmp.resolve("live");
    Path crashed;
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      markSome(store);
      crashed = TestProjects.crashCopy(dir, tmp.resolve("crashed"));
    }
    List<String> lines = Files.readAllLines(crashed.resolve("journal.log"));
    JsonNode first = Json.MAPPER.readTree(lines.get(0).substring(9));
    assertEquals("keyframeMark", first.get("type").asText());
    assertEquals(7, first.get("frame").asInt());
    assertTrue(first.get("slot").asBoolean());
    assertEquals("ana", first.get("author").asText());
    assertTrue(first.has("time"));
    try (ProjectStore store = TestProjects.reopen(crashed)) {
      assertMarked(store.project());
    }
  }

  @Test
  void marksAreFrameNumbersThatKeepTheirMeaningWhenLChanges() throws IOException {
    try (ProjectStore store = TestProjects.createDemo(tmp.resolve("p"))) {
      store.markKeyframeSlot(7, true, "ana");
      store.markKeyframeSlot(10, false, "ana");
      store.setKeyframeInterval(7);
      Project p = store.project();
      assertTrue(p.isKeyframeSlot(7), "marked: a slot whatever l is");
      assertTrue(p.isKeyframeSlot(14));
      assertFalse(p.isKeyframeSlot(10), "unmarked: never a slot");
      assertFalse(p.isKeyframeSlot(5));

      store.markKeyframeSlot(7, false, "ana");
      assertFalse(store.project().isKeyframeSlot(7));
      assertEquals(Set.of(7, 10), store.project().removedKeyframes());
      assertEquals(Set.of(), store.project().addedKeyframes());
    }
  }

  @Test
  void badMarksAreRefusedAndChangeNothing() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.markKeyframeSlot(7, true, "ana");
      Project before = store.project();
      long journalBytes = Files.size(dir.resolve("journal.log"));

      IllegalArgumentException range =
          assertThrows(
              IllegalArgumentException.class, () -> store.markKeyframeSlot(40, true, "ana"));
      assertTrue(range.getMessage().contains("frame 40 is out of range"), range.getMessage());
      assertThrows(IllegalArgumentException.class, () -> store.markKeyframeSlot(-1, true, "ana"));
      IllegalArgumentException author =
          assertThrows(IllegalArgumentException.class, () -> store.markKeyframeSlot(8, true, " "));
      assertTrue(author.getMessage().contains("author"), author.getMessage());
      assertThrows(IllegalArgumentException.class, () -> store.markKeyframeSlot(8, true, null));

      assertEquals(before, store.project());
      assertEquals(journalBytes, Files.size(dir.resolve("journal.log")));
    }
  }

  @Test
  void aVersionOneProjectWithoutMarksOpensAndIsWrittenAsTheCurrentVersion() throws IOException {
    Path dir = tmp.resolve("p");
    TestProjects.createDemo(dir).close();
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(dir.resolve("project.json").toFile());
    json.put("formatVersion", 1);
    json.remove("keyframeMarks");
    Json.MAPPER.writeValue(dir.resolve("project.json").toFile(), json);

    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertFalse(store.recoveredFromBackup());
      assertEquals(Set.of(), store.project().addedKeyframes());
      store.markKeyframeSlot(3, true, "ana");
    }
    JsonNode written = Json.MAPPER.readTree(dir.resolve("project.json").toFile());
    assertEquals(ProjectJson.FORMAT_VERSION, written.get("formatVersion").asInt());
    assertEquals("[3]", written.get("keyframeMarks").get("added").toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"added\":[40],\"removed\":[]}|keyframeMarks.added: frame 40 is outside 0..39",
        "{\"added\":[3],\"removed\":[-5]}|keyframeMarks.removed: frame -5 is outside 0..39",
        "{\"added\":[3],\"removed\":[3]}|frame 3 is both added and removed",
        "{\"added\":[\"x\"],\"removed\":[]}|keyframeMarks.added: \"x\" is no frame",
        "{\"added\":[]}|missing field \"removed\"",
        "{\"formatVersion\":5}|newer than this program reads"
      })
  void badMarksOrAnUnknownVersionAreReportedNamingTheFile(String caseText) throws IOException {
    String[] parts = caseText.split("\\|");
    Path dir = tmp.resolve("p");
    TestProjects.createDemo(dir).close();
    Path file = dir.resolve("project.json");
    ObjectNode json = (ObjectNode) Json.MAPPER.readTree(file.toFile());
    JsonNode change = Json.MAPPER.readTree(parts[0]);
    if (change.has("formatVersion")) {
      json.set("formatVersion", change.get("formatVersion"));
    } else {
      json.set("keyframeMarks", change);
    }
    Json.MAPPER.writeValue(file.toFile(), json);
    Files.deleteIfExists(dir.resolve("project.json.bak"));
    byte[] before = Files.readAllBytes(file);

    ProjectFormatException e =
        assertThrows(ProjectFormatException.class, () -> TestProjects.reopen(dir));
    assertTrue(e.getMessage().contains("project.json"), e.getMessage());
    assertTrue(e.getMessage().contains(parts[1]), e.getMessage());
    assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(file)), "file left as it was");
  }
}
