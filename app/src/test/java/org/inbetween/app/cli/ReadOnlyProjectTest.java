package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.project.store.FolderHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project on a read-only folder (a shared drive, a DVD, a colleague's archive): the reading
 * commands work and write nothing, the writing ones are refused with a message that says why, and
 * the folder is left exactly as it was.
 */
class ReadOnlyProjectTest {
  @TempDir Path tmp;

  @Test
  void readingWorksAndWritingIsRefusedClearly() throws Exception {
    CorpusFixtures fixtures = CorpusFixtures.build(tmp.resolve("fixtures"));
    Path project = fixtures.project;
    String before = FolderHash.of(project);
    Path out = tmp.resolve("out/ds");

    try (ReadOnlyFolder readOnly = ReadOnlyFolder.of(project)) {
      CliRun info = CliRun.of("info", "--project", project.toString());
      assertEquals(ExitCodes.OK, info.exitCode(), info.err());
      assertTrue(info.out().contains("frames"), info.out());

      CliRun export =
          CliRun.of(
              "export",
              "--project",
              project.toString(),
              "--format",
              "davis",
              "--out",
              out.toString());
      assertEquals(ExitCodes.OK, export.exitCode(), export.err());
      assertTrue(Files.isRegularFile(out.resolve("inbetween-manifest.json")), export.out());

      CliRun write = CliRun.of("pseudo-label", "--project", project.toString(), "--method", "copy");
      assertEquals(ExitCodes.BAD_INPUT, write.exitCode(), write.err());
      assertTrue(write.err().contains(project.toString()), write.err());
      assertTrue(write.err().contains("read-only"), write.err());
      assertFalse(write.err().contains("\tat "), write.err());
    }
    assertEquals(before, FolderHash.of(project), "nothing in the project changed");
  }
}
