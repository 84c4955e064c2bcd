package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.TestVideos;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A project's name: from the video by default, set by --name or rename, used by exports. */
class ProjectNameTest {
  @TempDir Path tmp;

  private Path video;
  private Path project;

  @BeforeEach
  void importAVideo() throws IOException {
    video =
        TestVideos.write(
            tmp.resolve("VID_20261201_street.mp4"),
            TestVideos.h264Mp4(),
            3,
            TestVideos.WIDTH,
            TestVideos.HEIGHT,
            Map.of());
    project = tmp.resolve("projects").resolve("VID_20261201_street.mp4-1528d6e8");
    CliRun imported = CliRun.of("import", video.toString(), "--project", project.toString());
    assertEquals(ExitCodes.OK, imported.exitCode(), imported.err());
  }

  private List<String> exportedSequences(String dataset) throws IOException {
    Path out = tmp.resolve(dataset);
    CliRun run =
        CliRun.of(
            "export", "--project", project.toString(), "--format", "davis", "--out", "" + out);
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    try (Stream<Path> sequences = Files.list(out.resolve("JPEGImages/480p"))) {
      return sequences.map(p -> p.getFileName().toString()).toList();
    }
  }

  private String infoName() {
    CliRun info = CliRun.of("info", "--project", project.toString());
    assertEquals(ExitCodes.OK, info.exitCode(), info.err());
    return info.out().lines().filter(l -> l.startsWith("Name ")).findFirst().orElseThrow();
  }

  @Test
  void anImportedVideoIsNamedAfterItsFileAndExportsUnderThatName() throws IOException {
    assertEquals("Name       VID_20261201_street", infoName());
    assertEquals(List.of("VID_20261201_street"), exportedSequences("first"));
  }

  @Test
  void aRenamedProjectExportsUnderItsNewNameMadeASafeFolderName() throws IOException {
    CliRun rename = CliRun.of("rename", "--project", project.toString(), "Street crossing, take 2");

    assertEquals(ExitCodes.OK, rename.exitCode(), rename.err());
    assertEquals("Name       Street crossing, take 2", infoName());
    assertEquals(List.of("Street_crossing_take_2"), exportedSequences("renamed"));
  }

  @Test
  void importTakesTheNameGiven() throws IOException {
    project = tmp.resolve("named");
    CliRun run =
        CliRun.of("import", video.toString(), "--project", project.toString(), "--name", "street");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertEquals("Name       street", infoName());
    assertEquals(List.of("street"), exportedSequences("named-out"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "/", "..", ".", "a/b", "..\\x", "tab\there"})
  void aBadNameIsRefusedAndTheProjectKeepsItsName(String bad) throws IOException {
    byte[] before = Files.readAllBytes(project.resolve("journal.log"));

    CliRun run = CliRun.of("rename", "--project", project.toString(), bad);

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("is refused"), run.err());
    assertEquals("Name       VID_20261201_street", infoName());
    assertEquals(
        new String(before), new String(Files.readAllBytes(project.resolve("journal.log"))));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", ".."})
  void importWithABadNameIsRefusedBeforeAnythingIsWritten(String bad) {
    Path other = tmp.resolve("other");

    CliRun run =
        CliRun.of("import", video.toString(), "--project", other.toString(), "--name", bad);

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), run.err());
    assertTrue(run.err().contains("is refused"), run.err());
    assertFalse(Files.exists(other));
  }

  @Test
  void aProjectFromBeforeNamesIsNamedAfterItsFolder() throws IOException {
    Path old = tmp.resolve("old-project");
    Files.move(project, old);
    Path file = old.resolve("project.json");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
    assertEquals("VID_20261201_street", json.remove("name").asText());
    json.put("formatVersion", 2);
    mapper.writeValue(file.toFile(), json);
    project = old;

    assertEquals("Name       old-project", infoName());
    try (ProjectStore store = ProjectStore.open(old)) {
      assertEquals("old-project", store.project().name());
    }
  }
}
