package org.inbetween.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ProjectNamesTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "bus|bus",
        "VID_2026.12.01-a|VID_2026.12.01-a",
        "Street crossing, take 2|Street_crossing_take_2",
        "..hidden|hidden",
        "a..b|a_b",
        "Ünïcode café|Unicode_cafe",
        "ßß|project"
      })
  void folderNamesKeepOnlySafeCharactersAndPassTheExportCheck(String name, String folder) {
    assertEquals(folder, ProjectNames.folderName(ProjectNames.check(name)));
    assertTrue(folder.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,127}") && !folder.contains(".."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", ".", "..", "/", "a/b", "a\\b", "x\ny", " lead", "trail "})
  void badNamesAreRefusedSayingWhy(String name) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> ProjectNames.check(name));
    assertTrue(e.getMessage().contains("is refused: "), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "VIDEO_FILE|/videos/VID_20261201.mp4|VID_20261201",
        "VIDEO_FILE|/videos/clip.v2.mkv|clip.v2",
        "VIDEO_FILE|/videos/.mp4|.mp4",
        "IMAGE_FOLDER|/data/DAVIS/JPEGImages/480p/bus|bus",
        "IMAGE_FOLDER|/data/frames.v1|frames.v1"
      })
  void theDefaultNameIsTheSourcesWithoutTheVideoExtension(
      SourceKind kind, String source, String name) {
    assertEquals(name, NewProject.of(kind, Path.of(source), 10, 25, 64, 48).projectName());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "/", ".."})
  void aNewProjectWithABadNameIsRefused(String name) {
    NewProject spec = NewProject.of(SourceKind.VIDEO_FILE, Path.of("/v.mp4"), 10, 25, 64, 48);
    assertThrows(IllegalArgumentException.class, () -> spec.withName(name));
  }
}
