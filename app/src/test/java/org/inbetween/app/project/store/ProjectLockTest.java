package org.inbetween.app.project.store;

import static org.inbetween.app.project.store.TestProjects.rect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lock that keeps two writers apart, and opening for reading only. */
class ProjectLockTest {
  @TempDir Path tmp;

  @Test
  void aWriterWhoseLockFileWasDeletedRefusesFurtherEdits() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore first = TestProjects.createDemo(dir)) {
      first.addObject("a");
      first.putHumanMask(rect(0, 1, 0, 0, 3, 3), "ana");
      Files.delete(dir.resolve(ProjectLock.FILE_NAME));
      IOException e =
          assertThrows(IOException.class, () -> first.putHumanMask(rect(1, 1, 0, 0, 3, 3), "ana"));
      assertTrue(e.getMessage().contains(ProjectLock.FILE_NAME), e.getMessage());
      assertTrue(first.humanMask(1).isEmpty(), "the refused edit was not made");
    }
    try (ProjectStore again = TestProjects.reopen(dir)) {
      assertEquals(rect(0, 1, 0, 0, 3, 3), again.humanMask(0).orElseThrow());
    }
  }

  @Test
  void openingDeletesOnlyTheTemporaryFilesOfDeadProcesses() throws Exception {
    Path dir = tmp.resolve("p");
    TestProjects.createDemo(dir).close();
    Process gone = new ProcessBuilder("true").start();
    assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
    Path live =
        Files.createFile(
            dir.resolve(
                AtomicFiles.TEMP_PREFIX + ProcessHandle.current().pid() + "-project.json-x"));
    Path dead =
        Files.createFile(dir.resolve(AtomicFiles.TEMP_PREFIX + gone.pid() + "-project.json-y"));
    Path legacy = Files.createFile(dir.resolve(AtomicFiles.TEMP_PREFIX + "project.json-z"));
    TestProjects.reopen(dir).close();
    assertTrue(Files.exists(live), "a running process's temporary file is left alone");
    assertFalse(Files.exists(dead));
    assertFalse(Files.exists(legacy));
  }

  @Test
  void readingOnlyWritesNothingIntoTheFolderAndRefusesEdits() throws IOException {
    Path dir = tmp.resolve("p");
    ProjectStore live = TestProjects.createDemo(dir);
    live.addObject("a");
    live.putHumanMask(rect(3, 1, 0, 0, 3, 3), "ana");
    Path crashed = TestProjects.crashCopy(dir, tmp.resolve("crashed"));
    live.close();
    Files.writeString(
        crashed.resolve("journal.log"), "0badf00d {\"seq\":3", StandardOpenOption.APPEND);
    String before = FolderHash.of(crashed);
    try (ProjectStore reader = ProjectStore.openReadOnly(crashed)) {
      assertTrue(reader.readOnly());
      assertEquals(rect(3, 1, 0, 0, 3, 3), reader.humanMask(3).orElseThrow());
      IOException e = assertThrows(IOException.class, () -> reader.addObject("b"));
      assertTrue(e.getMessage().contains("reading only"), e.getMessage());
    }
    assertEquals(before, FolderHash.of(crashed), "no lock file, no cut tail, no checkpoint");
  }

  @Test
  void aReaderIsRefusedWhileAWriterHoldsTheProject() throws IOException {
    Path dir = tmp.resolve("p");
    try (ProjectStore writer = TestProjects.createDemo(dir)) {
      IOException e = assertThrows(IOException.class, () -> ProjectStore.openReadOnly(dir));
      assertTrue(e.getMessage().contains("open for editing"), e.getMessage());
    }
    ProjectStore.openReadOnly(dir).close();
  }
}
