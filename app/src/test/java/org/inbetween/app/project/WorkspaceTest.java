package org.inbetween.app.project;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceTest {
  private final Workspace workspace = new Workspace(Path.of("/tmp/ws"));

  @Test
  void theSameSourceAlwaysGetsTheSameProjectAndTwoClipsOfOneNameDoNot() throws IOException {
    Path a = workspace.projectFor(Path.of("/videos/a/clip.mp4"));
    assertEquals(a, workspace.projectFor(Path.of("/videos/a/../a/clip.mp4")), "normalised");
    assertNotEquals(a, workspace.projectFor(Path.of("/videos/b/clip.mp4")));
    assertTrue(a.getFileName().toString().startsWith("clip.mp4-"), a.toString());
    assertEquals(Path.of("/tmp/ws/projects"), a.getParent());
  }

  @Test
  void oddCharactersNeverLeaveTheWorkspace() throws IOException {
    Path odd = workspace.projectFor(Path.of("/videos/my clip:1 ü.mp4"));
    assertEquals(Path.of("/tmp/ws/projects"), odd.getParent());
    assertTrue(odd.getFileName().toString().matches("[A-Za-z0-9._-]+"), odd.toString());
  }
}
