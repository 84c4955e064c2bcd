package org.inbetween.app.exchange;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What killed and failed imports and exports leave behind, and what the next run cleans. */
class StagingFolderTest {
  @TempDir Path tmp;

  @Test
  void theNextRunDeletesStagingFoldersOfDeadProcessesOnly() throws Exception {
    Process gone = new ProcessBuilder("true").start();
    assertTrue(gone.waitFor(30, TimeUnit.SECONDS));
    Path dead = Files.createDirectories(tmp.resolve(".ds.importing-" + gone.pid() + "-123"));
    Files.writeString(dead.resolve("00000.png"), "half an export");
    Path legacy = Files.createDirectories(tmp.resolve(".old.importing-8812734"));
    Path live =
        Files.createDirectories(
            tmp.resolve(".other.importing-" + ProcessHandle.current().pid() + "-9"));
    Path mine = Files.createDirectories(tmp.resolve("mine.importing-1"));

    try (StagingFolder staging = StagingFolder.beside(tmp.resolve("next"))) {
      Files.writeString(staging.path().resolve("a.txt"), "a");
      staging.moveTo();
    }

    assertFalse(Files.exists(dead), "a killed run's staging folder is removed");
    assertFalse(Files.exists(legacy), "so is one named by an older version");
    assertTrue(Files.exists(live), "a running process's staging folder is left alone");
    assertTrue(Files.exists(mine), "a folder of the user's is never touched");
    assertEquals("a", Files.readString(tmp.resolve("next/a.txt")));
  }

  @Test
  void aFailedRunRemovesTheParentFoldersItCreated() throws IOException {
    Path target = tmp.resolve("a/b/c/dataset");
    try (StagingFolder staging = StagingFolder.beside(target)) {
      Files.writeString(staging.path().resolve("partial.png"), "x");
      assertTrue(Files.isDirectory(tmp.resolve("a/b/c")));
    }
    assertFalse(Files.exists(tmp.resolve("a")), "nothing left of a/b/c");
  }

  @Test
  void aParentThatGainedOtherFilesIsKept() throws IOException {
    Path target = tmp.resolve("a/b/dataset");
    try (StagingFolder staging = StagingFolder.beside(target)) {
      Files.writeString(tmp.resolve("a/someone-else.txt"), "x");
    }
    assertFalse(Files.exists(tmp.resolve("a/b")));
    assertTrue(Files.exists(tmp.resolve("a/someone-else.txt")));
  }
}
