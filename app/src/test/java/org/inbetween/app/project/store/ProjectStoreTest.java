package org.inbetween.app.project.store;

import static org.inbetween.app.project.store.TestProjects.rect;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.project.FrameState;
import org.inbetween.app.project.HumanOrigin;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.SourceKind;
import org.inbetween.app.project.TrackedObject;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProjectStoreTest {
  @TempDir Path tmp;

  @Test
  void aNewProjectIsAReadableFolder() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      Project p = store.project();
      assertEquals(TestProjects.FRAMES, p.frameCount());
      assertEquals(5, p.keyframeInterval());
      assertEquals(FrameState.UNLABELLED, p.frame(3).state());
    }
    assertTrue(Files.isRegularFile(dir.resolve("project.json")));
    assertTrue(Files.isRegularFile(dir.resolve("journal.log")));
    assertTrue(Files.isDirectory(dir.resolve("masks/human")));
    JsonNode json = Json.MAPPER.readTree(dir.resolve("project.json").toFile());
    assertEquals(ProjectJson.FORMAT_VERSION, json.get("formatVersion").asInt());
    assertEquals("DEMO", json.get("source").get("kind").asText());
  }

  @Test
  void humanMasksAndObjectsSurviveCloseAndReopen() throws IOException {
    Path dir = tmp.resolve("p");
    LabelMask painted;
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      TrackedObject bus = store.addObject("bus");
      TrackedObject car = store.addObject("car");
      painted =
          rect(5, bus.id(), 2, 3, 10, 8).withPainted(rect(5, 1, 20, 10, 5, 5).binary(1), car.id());
      store.putHumanMask(painted, "ana");
    }
    assertTrue(Files.isRegularFile(dir.resolve("masks/human/00005.png")));
    assertEquals(painted, Masks.fromPng(dir.resolve("masks/human/00005.png"), 5));
    try (ProjectStore store = TestProjects.reopen(dir)) {
      Project p = store.project();
      assertEquals(List.of("bus", "car"), p.objects().stream().map(TrackedObject::name).toList());
      assertEquals(DavisPalette.rgb(2), p.object(2).orElseThrow().rgb());
      assertEquals(painted, store.humanMask(5).orElseThrow());
      assertEquals(FrameState.KEYFRAME, p.frame(5).state());
      assertEquals("ana", p.frame(5).human().author());
      assertEquals(HumanOrigin.DRAWN, p.frame(5).human().origin());
      assertTrue(store.humanMask(6).isEmpty());
    }
  }

  @Test
  void objectIdsAreNeverReusedAfterDelete() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.addObject("a");
      TrackedObject b = store.addObject("b");
      store.putHumanMask(rect(0, b.id(), 0, 0, 4, 4), "ana");
      store.deleteObject(b.id());
      assertEquals(3, store.addObject("c").id());
      assertTrue(
          store.humanMask(0).orElseThrow().isEmpty(), "deleted object's pixels read as background");
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(4, store.addObject("d").id());
      assertEquals(
          List.of(1, 3, 4), store.project().objects().stream().map(TrackedObject::id).toList());
      assertEquals(java.util.Set.of(2), store.project().deletedObjectIds());
      assertThrows(IllegalArgumentException.class, () -> store.renameObject(2, "b again"));
    }
  }

  @Test
  void importedIdsAreKeptInAnyOrderButNeverReused() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.addObject(3, "third");
      store.addObject(1, "first");
      store.deleteObject(1);
      assertThrows(IllegalArgumentException.class, () -> store.addObject(3, "again"));
      assertThrows(IllegalArgumentException.class, () -> store.addObject(1, "deleted"));
      assertEquals(4, store.addObject("next").id(), "automatic ids continue above the largest");
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(
          List.of(3, 4), store.project().objects().stream().map(TrackedObject::id).toList());
    }
  }

  @Test
  void renameAndRecolourAreStored() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      int id = store.addObject("a").id();
      store.renameObject(id, "dog");
      store.recolourObject(id, 0x12ab34);
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(new TrackedObject(1, "dog", 0x12ab34), store.project().object(1).orElseThrow());
    }
  }

  @Test
  void absentIsAStatementDistinctFromNotLabelled() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      int a = store.addObject("a").id();
      int b = store.addObject("b").id();
      store.putHumanMask(rect(4, a, 0, 0, 5, 5), "ana");
      store.markAbsent(4, b, "ana");
      assertThrows(IllegalStateException.class, () -> store.markAbsent(4, a, "ana"));
      store.markAbsent(9, a, "ana");
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      Project p = store.project();
      assertTrue(p.frame(4).isAbsent(2));
      assertFalse(p.frame(4).isAbsent(1));
      assertEquals(FrameState.KEYFRAME, p.frame(9).state());
      assertTrue(store.humanMask(9).isEmpty());
      store.putHumanMask(
          rect(4, 1, 0, 0, 5, 5).withPainted(rect(4, 1, 10, 10, 3, 3).binary(1), 2), "ana");
      assertFalse(
          store.project().frame(4).isAbsent(2), "painting an object withdraws its absent mark");
      store.clearAbsent(9, 1, "ana");
      assertEquals(FrameState.UNLABELLED, store.project().frame(9).state());
    }
  }

  @Test
  void badInputIsRefusedAndChangesNothing() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.addObject("a");
      store.checkpoint();
      long journalBytes = Files.size(dir.resolve("journal.log"));
      Project before = store.project();

      IllegalArgumentException size =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  store.putHumanMask(
                      Masks.empty(1, TestProjects.WIDTH - 1, TestProjects.HEIGHT), "ana"));
      assertTrue(size.getMessage().contains("31x24"), size.getMessage());
      IllegalArgumentException unknown =
          assertThrows(
              IllegalArgumentException.class,
              () -> store.putHumanMask(rect(1, 7, 0, 0, 2, 2), "ana"));
      assertTrue(unknown.getMessage().contains("label 7"), unknown.getMessage());
      IllegalArgumentException range =
          assertThrows(
              IllegalArgumentException.class,
              () -> store.putHumanMask(rect(TestProjects.FRAMES, 1, 0, 0, 2, 2), "ana"));
      assertTrue(range.getMessage().contains("frame 40 is out of range"), range.getMessage());
      assertThrows(
          IllegalArgumentException.class, () -> store.putHumanMask(rect(1, 1, 0, 0, 2, 2), " "));
      assertThrows(IllegalArgumentException.class, () -> store.markAbsent(1, 9, "ana"));
      assertThrows(IllegalArgumentException.class, () -> store.markAbsent(-1, 1, "ana"));
      assertThrows(IllegalArgumentException.class, () -> store.setKeyframeInterval(0));
      assertThrows(IllegalArgumentException.class, () -> store.addObject(""));

      assertEquals(before, store.project());
      assertEquals(journalBytes, Files.size(dir.resolve("journal.log")));
    }
  }

  @Test
  void createRefusesAFolderThatIsNotEmpty() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Files.writeString(dir.resolve("notes.txt"), "mine");
    IOException e = assertThrows(IOException.class, () -> TestProjects.createDemo(dir));
    assertTrue(e.getMessage().contains("notes.txt"), e.getMessage());
    assertEquals(List.of(dir.resolve("notes.txt")), Files.list(dir).toList());
  }

  @Test
  void aSourceInsideTheProjectIsStoredRelativeWithItsChecksum() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("p"));
    Path video = Files.write(dir.resolve("clip.mp4"), new byte[] {1, 2, 3});
    NewProject spec = NewProject.of(SourceKind.VIDEO_FILE, video, 10, 30, 16, 16);
    try (ProjectStore store =
        ProjectStore.create(dir, spec, StoreOptions.defaults().withoutAutosave())) {
      assertEquals("clip.mp4", store.project().source().path());
      assertEquals(3, store.project().source().sizeBytes());
      assertEquals(
          "039058c6f2c0cb492c533b0a4d14ef77cc0f78abccced5287d84a1a2011cfb81",
          store.project().source().sha256());
      assertEquals(video.toAbsolutePath(), store.project().source().resolve(dir));
    }
  }

  @Test
  void aSecondStoreCannotOpenAnOpenProject() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      IOException e = assertThrows(IOException.class, () -> TestProjects.reopen(dir));
      assertTrue(e.getMessage().contains("already open"), e.getMessage());
    }
    TestProjects.reopen(dir).close();
  }

  @Test
  void keyframeIntervalIsStored() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore store = TestProjects.createDemo(dir)) {
      store.setKeyframeInterval(8);
      assertArrayEquals(
          new boolean[] {true, false},
          new boolean[] {store.project().isKeyframeSlot(16), store.project().isKeyframeSlot(17)});
    }
    try (ProjectStore store = TestProjects.reopen(dir)) {
      assertEquals(8, store.project().keyframeInterval());
    }
  }
}
