package org.inbetween.app.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real viewer window on the demo, headless (Monocle), as a user would. */
@ExtendWith(ApplicationExtension.class)
class ViewerWindowTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when a frame never arrives; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 30;

  private final DemoVideo demo = new DemoVideo();
  @TempDir Path temporary;
  private Stage stage;
  private ViewerWindow window;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    window = ViewerWindow.show(stage, ViewerInput.demo(demo), () -> {});
  }

  @AfterEach
  void stopLoading() {
    window.close();
  }

  @Test
  void opensOnTheFirstFrameWithTheGroundTruthOverlaid(FxRobot robot) throws Exception {
    awaitPicture(robot, 0);
    assertEquals("Inbetween — demo", stage.getTitle());
    assertEquals("Frame 0 / 150 · 00:00.00", position(robot));
    assertTrue(robot.lookup("#previous").queryAs(Button.class).isDisabled());
    assertFalse(robot.lookup("#next").queryAs(Button.class).isDisabled());

    LabelMask truth = demo.groundTruth(0);
    int[] overlay = argb(robot.lookup("#masks").queryAs(ImageView.class).getImage());
    for (int i = 0; i < overlay.length; i += 97) {
      int id = truth.label(i % truth.width(), i / truth.width());
      assertEquals(id == 0 ? 0 : 0x80000000 | DavisPalette.rgb(id), overlay[i], "pixel " + i);
    }
  }

  @Test
  void arrowKeysStepThroughTheVideo(FxRobot robot) throws Exception {
    awaitPicture(robot, 0);
    robot.type(KeyCode.RIGHT, 3);
    assertEquals("Frame 3 / 150 · 00:00.12", position(robot));
    awaitPicture(robot, 3);
    robot.type(KeyCode.LEFT);
    assertEquals("Frame 2 / 150 · 00:00.08", position(robot));
    awaitPicture(robot, 2);
  }

  @Test
  void steppingStopsAtBothEnds(FxRobot robot) throws Exception {
    robot.type(KeyCode.END);
    assertEquals("Frame 149 / 150 · 00:05.96", position(robot));
    assertTrue(robot.lookup("#next").queryAs(Button.class).isDisabled());
    robot.type(KeyCode.RIGHT);
    assertEquals("Frame 149 / 150 · 00:05.96", position(robot));
    awaitPicture(robot, 149);
    robot.clickOn("#previous");
    assertEquals("Frame 148 / 150 · 00:05.92", position(robot));
    robot.type(KeyCode.HOME);
    assertTrue(robot.lookup("#previous").queryAs(Button.class).isDisabled());
  }

  @Test
  void theSliderPicksTheFrame(FxRobot robot) throws Exception {
    Slider slider = robot.lookup("#frame-slider").queryAs(Slider.class);
    robot.interact(() -> slider.setValue(75));
    assertEquals("Frame 75 / 150 · 00:03.00", position(robot));
    awaitPicture(robot, 75);
    robot.type(KeyCode.RIGHT);
    assertEquals(76, slider.getValue());
  }

  @Test
  void theMaskToggleHidesTheOverlay(FxRobot robot) {
    ImageView masks = robot.lookup("#masks").queryAs(ImageView.class);
    assertTrue(masks.isVisible());
    robot.clickOn("#show-masks");
    assertFalse(masks.isVisible());
  }

  @Test
  void aScreenshotIsAnRgbPngOfTheWholeWindow(FxRobot robot) throws Exception {
    awaitPicture(robot, 0);
    Path file = temporary.resolve("docs/shot.png");
    WaitForAsyncUtils.asyncFx(
            () -> {
              Screenshot.save(window.scene(), file);
              return null;
            })
        .get();
    BufferedImage saved = ImageIO.read(file.toFile());
    assertEquals(880, saved.getWidth());
    assertEquals(560, saved.getHeight());
    assertEquals(BufferedImage.TYPE_3BYTE_BGR, saved.getType(), "opaque RGB");
    try (Stream<Path> left = Files.list(file.getParent())) {
      assertEquals(List.of(file), left.toList(), "no partial file left behind");
    }
  }

  private static String position(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#position").queryAs(Label.class).getText();
  }

  /** Waits until the frame view shows exactly the pixels of frame {@code index}. */
  private void awaitPicture(FxRobot robot, int index) throws Exception {
    RgbImage expected = demo.frame(index);
    ImageView picture = robot.lookup("#frame").queryAs(ImageView.class);
    Callable<Boolean> shown =
        () -> {
          Image image = WaitForAsyncUtils.asyncFx(picture::getImage).get();
          return image != null && sameRgb(image, expected);
        };
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, shown);
  }

  private static boolean sameRgb(Image image, RgbImage expected) {
    int[] argb = argb(image);
    for (int i = 0; i < argb.length; i++) {
      if ((argb[i] & 0xFFFFFF) != expected.rgb(i % expected.width(), i / expected.width())) {
        return false;
      }
    }
    return true;
  }

  private static int[] argb(Image image) {
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] argb = new int[width * height];
    image
        .getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    return argb;
  }
}
