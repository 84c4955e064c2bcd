package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.inbetween.app.project.ProjectFrames;
import org.inbetween.app.project.store.ProjectStore;
import org.inbetween.app.video.FrameSource;
import org.inbetween.app.video.PhoneVideos;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A phone video (stored landscape, display matrix "turn 90 degrees clockwise") is imported,
 * labelled and exported upright, and the project records the turn so masks stay aligned.
 */
class RotatedImportTest {
  @TempDir Path tmp;

  private Path importPhoneVideo() throws IOException {
    Path project = tmp.resolve("phone");
    CliRun run =
        CliRun.of("import", PhoneVideos.write(tmp, 90).toString(), "--project", project.toString());
    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(run.err().contains("turned 90 degrees clockwise"), run.err());
    return project;
  }

  /** A mask of the red mark where the upright frame shows it: the top-right corner. */
  private static LabelMask markMask(int frame, int width, int height) {
    boolean[] region = new boolean[width * height];
    for (int y = 0; y < PhoneVideos.MARK; y++) {
      for (int x = width - PhoneVideos.MARK; x < width; x++) {
        region[y * width + x] = true;
      }
    }
    return Masks.empty(frame, width, height).withPainted(region, 1);
  }

  @Test
  void importedUprightRecordedAndExportedUpright() throws IOException {
    Path project = importPhoneVideo();
    try (ProjectStore store = ProjectStore.open(project)) {
      assertEquals(90, store.project().sourceRotation());
      assertEquals(PhoneVideos.HEIGHT, store.project().width());
      assertEquals(PhoneVideos.WIDTH, store.project().height());
      store.addObject(1, "mark");
      store.putHumanMask(markMask(0, store.project().width(), store.project().height()), "ana");
    }
    ObjectNode json =
        (ObjectNode) new ObjectMapper().readTree(project.resolve("project.json").toFile());
    assertEquals(90, json.get("sourceRotation").asInt());
    CliRun info = CliRun.of("info", "--project", project.toString());
    assertTrue(info.out().contains("Frame size 24x32 (the video's pictures turned 90"), info.out());

    try (ProjectStore store = ProjectStore.open(project);
        FrameSource frames = ProjectFrames.open(store.project(), project)) {
      assertEquals("top-right", PhoneVideos.markedCorner(frames.frame(0)));
      assertEquals(1, store.humanMask(0).orElseThrow().label(PhoneVideos.HEIGHT - 2, 2));
    }

    Path out = tmp.resolve("dataset");
    CliRun export =
        CliRun.of("export", "--project", "" + project, "--format", "davis", "--out", "" + out);
    assertEquals(ExitCodes.OK, export.exitCode(), export.err());
    BufferedImage jpeg = ImageIO.read(out.resolve("JPEGImages/480p/phone-90/00000.jpg").toFile());
    assertEquals(PhoneVideos.HEIGHT, jpeg.getWidth());
    assertEquals(PhoneVideos.WIDTH, jpeg.getHeight());
    LabelMask exported = Masks.fromPng(out.resolve("Annotations/480p/phone-90/00000.png"), 0);
    assertEquals(1, exported.label(PhoneVideos.HEIGHT - 2, 2), "the mask over the mark");
  }

  /**
   * A project made from the same video before rotation was applied has no sourceRotation and
   * sideways geometry; it opens as it was made, its masks on the unturned frames.
   */
  @Test
  void aProjectFromBeforeRotationKeepsItsUnturnedFrames() throws IOException {
    Path project = importPhoneVideo();
    Path file = project.resolve("project.json");
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = (ObjectNode) mapper.readTree(file.toFile());
    json.remove("sourceRotation");
    json.remove("name");
    json.put("formatVersion", 2);
    json.put("width", PhoneVideos.WIDTH);
    json.put("height", PhoneVideos.HEIGHT);
    mapper.writeValue(file.toFile(), json);

    try (ProjectStore store = ProjectStore.open(project);
        FrameSource frames = ProjectFrames.open(store.project(), project)) {
      assertEquals(0, store.project().sourceRotation());
      assertEquals(PhoneVideos.WIDTH, frames.width());
      assertEquals("top-left", PhoneVideos.markedCorner(frames.frame(2)));
    }
  }
}
