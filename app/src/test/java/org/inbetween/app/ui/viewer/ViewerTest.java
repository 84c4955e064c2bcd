package org.inbetween.app.ui.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.geometry.Point2D;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.control.ColorPicker;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.ToggleButton;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.view.Contours;
import org.inbetween.app.editing.view.Disagreement;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.editing.view.Viewport;
import org.inbetween.app.project.Provenance;
import org.inbetween.app.ui.HeadlessFx;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
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

/**
 * Drives the viewer on a demo project, headless (Monocle): zoom to the pointer, fit and 1:1, the
 * overlay's colours on screen, outlines, the difference view, and stepping by keys.
 */
@ExtendWith(ApplicationExtension.class)
class ViewerTest {
  static {
    HeadlessFx.configure();
  }

  /** Only reached when a frame never arrives; never a measure of speed. */
  private static final long PATIENCE_SECONDS = 30;

  /** Colour rounding in the software renderer's blending. */
  private static final int TOLERANCE = 3;

  @TempDir static Path dir;
  private final DemoVideo demo = new DemoVideo();
  private EditorSession session;
  private Viewer viewer;
  private FrameView view;

  @Start
  void start(Stage stage) throws Exception {
    session = ViewerTestProjects.demoSession(dir.resolve("p" + System.nanoTime()));
    viewer = new Viewer(session);
    view = viewer.frameView();
    BorderPane root = new BorderPane(view);
    root.setBottom(viewer.statusBar());
    root.setRight(viewer.layersPanel());
    Scene scene = new Scene(root, 1200, 640);
    viewer.installShortcuts(scene);
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void closeViewer() throws Exception {
    viewer.close();
    session.close();
  }

  @Test
  void theWheelZoomsToThePointer(FxRobot robot) throws Exception {
    awaitPicture(0);
    Point2D local = new Point2D(view.getWidth() * 0.3, view.getHeight() * 0.6);
    robot.moveTo(view.localToScreen(local));
    ImagePoint before = imagePointAt(local);
    double scale = view.viewport().scale();
    robot.scroll(3, VerticalDirection.UP);
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(Math.abs(Math.log(view.viewport().scale() / scale)) > 0.5, "zoomed");
    ImagePoint after = imagePointAt(local);
    assertEquals(before.x(), after.x(), 1);
    assertEquals(before.y(), after.y(), 1);
  }

  @Test
  void aMiddleDragPansWithoutReachingTheToolAndAClickReachesItInImagePixels(FxRobot robot)
      throws Exception {
    awaitPicture(0);
    List<String> seen = new ArrayList<>();
    view.setInteraction(
        (event, point) -> {
          if (event.getEventType() != MouseEvent.MOUSE_MOVED
              && event.getEventType() != MouseEvent.MOUSE_ENTERED
              && event.getEventType() != MouseEvent.MOUSE_EXITED
              && event.getEventType() != MouseEvent.MOUSE_ENTERED_TARGET
              && event.getEventType() != MouseEvent.MOUSE_EXITED_TARGET) {
            seen.add(event.getEventType() + " " + point.column() + "," + point.row());
          }
        });
    // the robot moves to whole screen pixels: start from one, wherever the panels put the view
    Point2D centre = view.localToScreen(view.getWidth() / 2, view.getHeight() / 2);
    Point2D local = view.screenToLocal(Math.round(centre.getX()), Math.round(centre.getY()));
    Viewport before = view.viewport();
    ImagePoint grabbed = imagePointAt(local);
    robot.moveTo(view.localToScreen(local)).press(MouseButton.MIDDLE);
    robot.moveBy(30, 20).release(MouseButton.MIDDLE);
    assertEquals(before.offsetX() + 30, view.viewport().offsetX(), 1e-6);
    assertEquals(before.offsetY() + 20, view.viewport().offsetY(), 1e-6);
    assertEquals(List.of(), seen, "pan gestures stay with the viewer");

    robot.clickOn(MouseButton.PRIMARY);
    String pixel = " " + grabbed.column() + "," + grabbed.row(); // the pixel moved with the pointer
    assertEquals(
        List.of("MOUSE_PRESSED" + pixel, "MOUSE_RELEASED" + pixel, "MOUSE_CLICKED" + pixel), seen);
  }

  @Test
  void fitAndOneToOneSetTheScale(FxRobot robot) throws Exception {
    awaitPicture(0);
    double fit = Math.min(view.getWidth() / DemoVideo.WIDTH, view.getHeight() / DemoVideo.HEIGHT);
    assertEquals(fit, view.viewport().scale(), 1e-9, "a new view fits the frame");
    robot.clickOn("#zoom-oneToOne");
    assertEquals(1, view.viewport().scale());
    assertEquals("100%", robot.lookup("#zoom-level").queryAs(Label.class).getText());
    robot.type(KeyCode.F);
    assertEquals(fit, view.viewport().scale(), 1e-9);
    robot.press(KeyCode.CONTROL).type(KeyCode.DIGIT1).release(KeyCode.CONTROL);
    assertEquals(1, view.viewport().scale());
    robot.clickOn("#zoom-fit");
    assertEquals(fit, view.viewport().scale(), 1e-9);
  }

  @Test
  void theHumanMaskIsDrawnInTheObjectColourAtTheChosenOpacity(FxRobot robot) throws Exception {
    awaitPicture(0);
    robot.clickOn("#layer-visible-model-rcrnet");
    Slider opacity = robot.lookup("#layer-opacity-human").queryAs(Slider.class);
    robot.interact(() -> opacity.setValue(0.6));
    zoomInOn(interiorPixel(1));
    int[] xy = interiorPixel(1);
    assertArgb(0x99000000 | ViewerTestProjects.RECOLOURED, overlayArgb(xy));
    assertBlend(xy, ViewerTestProjects.RECOLOURED, 0.6);
  }

  @Test
  void outlinesLeaveTheInteriorUnpainted(FxRobot robot) throws Exception {
    awaitPicture(0);
    robot.clickOn("#layer-visible-model-rcrnet");
    robot.clickOn("#layer-contour-human");
    int[] inside = interiorPixel(1);
    zoomInOn(inside);
    assertBlend(inside, 0, 0);
    assertEquals(0, overlayArgb(inside), "interior unpainted");
    int[] edge = contourPixelNear(inside);
    assertArgb(0x80000000 | ViewerTestProjects.RECOLOURED, overlayArgb(edge));
  }

  @Test
  void theDifferenceViewMarksWhereTheModelDisagrees(FxRobot robot) throws Exception {
    awaitPicture(0);
    robot.clickOn("#layer-visible-human");
    robot.clickOn("#layer-difference-model-rcrnet");
    int[] machineOnly = machineOnlyPixel();
    zoomInOn(machineOnly);
    assertArgb(0xE6000000 | Disagreement.MACHINE_ONLY.rgb(), overlayArgb(machineOnly));
    assertBlend(machineOnly, Disagreement.MACHINE_ONLY.rgb(), 0.9);
  }

  @Test
  void theColourPickerRecoloursTheModelLayer(FxRobot robot) throws Exception {
    awaitPicture(0);
    robot.clickOn("#layer-visible-human");
    robot.clickOn("#layer-contour-model-rcrnet");
    int[] inside = interiorPixel(1);
    zoomInOn(inside);
    ColorPicker picker = robot.lookup("#layer-colour-model-rcrnet").queryAs(ColorPicker.class);
    assertArgb(0xE6000000 | modelTint(), overlayArgb(inside));

    robot.interact(() -> picker.setValue(Color.rgb(0x12, 0x34, 0x56)));

    assertArgb(0xE6123456, overlayArgb(inside));
    assertBlend(inside, 0x123456, 0.9);
  }

  @Test
  void theCompareViewShowsTheModelAgainstThePseudoLabelOnAFrameWithoutHumanMask(FxRobot robot)
      throws Exception {
    LabelMask pseudo = demo.groundTruth(1);
    LabelMask model = showModelBesidePseudoLabelOnFrame1(robot, pseudo);
    robot.clickOn("#layer-visible-pseudo");
    robot.interact(() -> assertTrue(viewer.model().layers().toggleCompare()));
    assertTrue(
        robot.lookup("#layer-difference-model-rcrnet").queryAs(ToggleButton.class).isSelected());

    int[] machineOnly = onlyIn(model, pseudo);
    int[] pseudoOnly = onlyIn(pseudo, model);
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS,
        TimeUnit.SECONDS,
        () -> overlayArgb(machineOnly) == (0xE6000000 | Disagreement.MACHINE_ONLY.rgb()));
    assertArgb(0xE6000000 | Disagreement.REFERENCE_ONLY.rgb(), overlayArgb(pseudoOnly));
    assertEquals(0, overlayArgb(interiorPixelOf(pseudo, model)), "agreement is left unpainted");

    robot.interact(() -> viewer.model().layers().toggleCompare());
    assertArgb(0xE6000000 | modelTint(), overlayArgb(contourPixelOf(model)));
  }

  @Test
  void sideBySideMovesTheModelOntoACopyOfTheFrameAndFitsBoth(FxRobot robot) throws Exception {
    LabelMask pseudo = demo.groundTruth(1);
    LabelMask model = showModelBesidePseudoLabelOnFrame1(robot, pseudo);
    double fittedScale = view.viewport().scale();
    int modelColour = 0xE6000000 | modelTint();
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pixelsOf("#masks", modelColour) > 0);

    robot.interact(() -> assertTrue(viewer.model().layers().toggleSideBySide()));
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, view::isSideBySide);
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pixelsOf("#masks", modelColour) == 0);
    assertArgb(modelColour, argbOf("#side-masks", contourPixelOf(model)));
    assertEquals(0, argbOf("#side-masks", onlyIn(pseudo, model)), "no pseudo-label on the copy");
    Label caption = (Label) view.lookup("#side-caption-models");
    assertTrue(caption.isVisible() && caption.getWidth() > 0, "the copy is captioned");
    assertEquals("Models", caption.getText());
    assertTrue(
        view.viewport().scale() < fittedScale,
        "fitting makes room for both copies: " + view.viewport().scale() + " < " + fittedScale);

    robot.interact(() -> assertTrue(viewer.model().layers().toggleSideBySide()));
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, () -> !view.isSideBySide());
    WaitForAsyncUtils.waitFor(
        PATIENCE_SECONDS, TimeUnit.SECONDS, () -> pixelsOf("#masks", modelColour) > 0);
    assertEquals(fittedScale, view.viewport().scale(), 1e-9);
    assertTrue(!view.lookup("#side-caption-models").isVisible(), "no caption without the copy");
  }

  @Test
  void keysStepThroughFramesAndTheStatusFollows(FxRobot robot) throws Exception {
    awaitPicture(0);
    assertEquals("Frame 0 / 150 · 00:00.00 · Human keyframe", status(robot));
    robot.type(KeyCode.RIGHT);
    assertEquals("Frame 1 / 150 · 00:00.04 · Pseudo-label, unreviewed", status(robot));
    awaitPicture(1);
    robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT).release(KeyCode.SHIFT);
    assertEquals("Frame 6 / 150 · 00:00.24 · Unlabelled", status(robot));
    awaitPicture(6);
    robot.type(KeyCode.END);
    assertEquals("Frame 149 / 150 · 00:05.96 · Unlabelled", status(robot));
    awaitPicture(149);
    robot.type(KeyCode.LEFT);
    robot.type(KeyCode.HOME);
    assertEquals("Frame 0 / 150 · 00:00.00 · Human keyframe", status(robot));
    awaitPicture(0);
  }

  /** Zooms to 8 screen pixels per image pixel around image pixel {@code xy}. */
  private void zoomInOn(int[] xy) {
    WaitForAsyncUtils.asyncFx(
        () -> {
          view.oneToOne();
          Point2D centre = viewPoint(xy);
          view.panBy(view.getWidth() / 2 - centre.getX(), view.getHeight() / 2 - centre.getY());
          view.zoomAt(8, view.getWidth() / 2, view.getHeight() / 2);
        });
    WaitForAsyncUtils.waitForFxEvents();
  }

  /**
   * Checks that the screen shows the frame blended with {@code rgb} at {@code alpha} at image pixel
   * {@code xy}. The software renderer filters the scaled picture, so the reference is the range
   * that blend takes over the pixel's 3x3 neighbourhood (plus rounding).
   */
  private void assertBlend(int[] xy, int rgb, double alpha) throws Exception {
    double a = Math.round(alpha * 255) / 255.0;
    Callable<Boolean> shown = () -> withinBlend(screenPixel(xy), xy, rgb, a);
    try {
      WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, shown);
    } catch (TimeoutException e) {
      throw new AssertionError(
          "screen at image pixel "
              + xy[0]
              + ","
              + xy[1]
              + " shows #"
              + Integer.toHexString(screenPixel(xy))
              + ", not frame #"
              + Integer.toHexString(demo.frame(0).rgb(xy[0], xy[1]))
              + " under #"
              + Integer.toHexString(rgb)
              + " at "
              + alpha,
          e);
    }
  }

  private boolean withinBlend(int shown, int[] xy, int rgb, double alpha) {
    RgbImage frame = demo.frame(0);
    for (int shift = 16; shift >= 0; shift -= 8) {
      int low = 255;
      int high = 0;
      for (int dy = -1; dy <= 1; dy++) {
        for (int dx = -1; dx <= 1; dx++) {
          int channel = frame.rgb(xy[0] + dx, xy[1] + dy) >> shift & 0xFF;
          low = Math.min(low, channel);
          high = Math.max(high, channel);
        }
      }
      double top = (rgb >> shift & 0xFF) * alpha;
      int value = shown >> shift & 0xFF;
      if (value < top + low * (1 - alpha) - TOLERANCE
          || value > top + high * (1 - alpha) + TOLERANCE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Compares ARGB values; the image stores premultiplied pixels, so colour channels read back may
   * be one off.
   */
  /**
   * Puts a model mask (the pseudo-label shifted right) on frame 1, which has no human mask, and
   * steps there.
   */
  private LabelMask showModelBesidePseudoLabelOnFrame1(FxRobot robot, LabelMask pseudo)
      throws Exception {
    LabelMask model = ViewerTestProjects.shiftedRight(pseudo);
    robot.interact(
        () -> {
          try {
            session
                .store()
                .putMachineMask(
                    ViewerTestProjects.MODEL, model, Provenance.of("test", "", "", Map.of()));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          session.edited();
          viewer.model().next();
        });
    awaitPicture(1);
    return model;
  }

  private static boolean sameArgb(int a, int b) {
    if (a >>> 24 != b >>> 24) {
      return false;
    }
    for (int shift = 16; shift >= 0; shift -= 8) {
      if (Math.abs((a >> shift & 0xFF) - (b >> shift & 0xFF)) > 1) {
        return false;
      }
    }
    return true;
  }

  private static void assertArgb(int expected, int actual) {
    String message =
        "expected #" + Integer.toHexString(expected) + ", was #" + Integer.toHexString(actual);
    assertEquals(expected >>> 24, actual >>> 24, message);
    for (int shift = 16; shift >= 0; shift -= 8) {
      assertEquals(expected >> shift & 0xFF, actual >> shift & 0xFF, 1, message);
    }
  }

  /**
   * A pixel where the model (the human mask shifted right) has object 1 and the human mask has
   * background, and so do all its neighbours.
   */
  private int[] machineOnlyPixel() {
    LabelMask human = demo.groundTruth(0);
    LabelMask model = ViewerTestProjects.shiftedRight(human);
    for (int y = 1; y < human.height() - 1; y++) {
      for (int x = 1; x < human.width() - 1; x++) {
        if (allMachineOnly(human, model, x, y)) {
          return new int[] {x, y};
        }
      }
    }
    throw new AssertionError("no machine-only pixel on frame 0");
  }

  private static boolean allMachineOnly(LabelMask human, LabelMask model, int x, int y) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if (human.label(x + dx, y + dy) != 0 || model.label(x + dx, y + dy) != 1) {
          return false;
        }
      }
    }
    return true;
  }

  /** The model layer's colour, 0xRRGGBB. */
  private int modelTint() {
    return viewer.model().layers().row(ViewLayer.of(ViewerTestProjects.MODEL)).style().tint();
  }

  /** A pixel that {@code has} labels as object and {@code lacks} as background, 3x3 around. */
  private static int[] onlyIn(LabelMask has, LabelMask lacks) {
    for (int y = 1; y < has.height() - 1; y++) {
      for (int x = 1; x < has.width() - 1; x++) {
        if (allOnlyIn(has, lacks, x, y)) {
          return new int[] {x, y};
        }
      }
    }
    throw new AssertionError("no pixel only in " + has);
  }

  private static boolean allOnlyIn(LabelMask has, LabelMask lacks, int x, int y) {
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        if (has.label(x + dx, y + dy) == 0 || lacks.label(x + dx, y + dy) != 0) {
          return false;
        }
      }
    }
    return true;
  }

  /** A pixel where both masks have an object. */
  private static int[] interiorPixelOf(LabelMask a, LabelMask b) {
    for (int i = 0; i < a.labels().length; i++) {
      if (a.labels()[i] != 0 && b.labels()[i] != 0) {
        return new int[] {i % a.width(), i / a.width()};
      }
    }
    throw new AssertionError("the masks do not overlap");
  }

  /** A pixel on the outline of {@code mask}. */
  private static int[] contourPixelOf(LabelMask mask) {
    for (int i = 0; i < mask.labels().length; i++) {
      if (mask.labels()[i] != 0 && Contours.isContour(mask.labels(), mask.width(), i)) {
        return new int[] {i % mask.width(), i / mask.width()};
      }
    }
    throw new AssertionError("the mask has no outline");
  }

  /** The composed overlay's straight ARGB value at image pixel {@code xy}. */
  private int overlayArgb(int[] xy) throws Exception {
    return argbOf("#masks", xy);
  }

  /**
   * How many pixels of the overlay image with CSS id {@code id} are {@code argb}, up to the
   * rounding of the image's premultiplied storage (±1 per colour channel).
   */
  private long pixelsOf(String id, int argb) throws Exception {
    ImageView overlay = (ImageView) view.lookup(id);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              Image image = overlay.getImage();
              int width = (int) image.getWidth();
              int height = (int) image.getHeight();
              int[] pixels = new int[width * height];
              image
                  .getPixelReader()
                  .getPixels(
                      0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
              return Arrays.stream(pixels).filter(p -> sameArgb(p, argb)).count();
            })
        .get();
  }

  /** The pixel at image point {@code xy} of the overlay image with CSS id {@code id}. */
  private int argbOf(String id, int[] xy) throws Exception {
    ImageView overlay = (ImageView) view.lookup(id);
    return WaitForAsyncUtils.asyncFx(
            () -> overlay.getImage().getPixelReader().getArgb(xy[0], xy[1]))
        .get();
  }

  private int screenPixel(int[] xy) throws Exception {
    Point2D at = viewPoint(xy);
    return WaitForAsyncUtils.asyncFx(
            () -> {
              WritableImage shot = view.snapshot(null, null);
              return shot.getPixelReader().getArgb((int) at.getX(), (int) at.getY()) & 0xFFFFFF;
            })
        .get();
  }

  /** The local view point at the centre of image pixel {@code xy}. */
  private Point2D viewPoint(int[] xy) {
    return new Point2D(view.viewport().toViewX(xy[0] + 0.5), view.viewport().toViewY(xy[1] + 0.5));
  }

  private ImagePoint imagePointAt(Point2D local) {
    Point2D scene = view.localToScene(local);
    return view.imagePoint(scene.getX(), scene.getY());
  }

  /** A pixel of {@code objectId} on frame 0 with the object all around it. */
  private int[] interiorPixel(int objectId) {
    LabelMask mask = demo.groundTruth(0);
    int margin = ViewerTestProjects.MODEL_SHIFT + 2;
    for (int y = margin; y < mask.height() - margin; y++) {
      for (int x = margin; x < mask.width() - margin; x++) {
        if (allOf(mask, objectId, x, y, margin)) {
          return new int[] {x, y};
        }
      }
    }
    throw new AssertionError("the demo's object " + objectId + " has no interior on frame 0");
  }

  private int[] contourPixelNear(int[] inside) {
    LabelMask mask = demo.groundTruth(0);
    int x = inside[0];
    while (!Contours.isContour(mask.labels(), mask.width(), inside[1] * mask.width() + x)) {
      x--;
    }
    return new int[] {x, inside[1]};
  }

  private static boolean allOf(LabelMask mask, int id, int x, int y, int margin) {
    for (int dy = -margin; dy <= margin; dy++) {
      for (int dx = -margin; dx <= margin; dx++) {
        if (mask.label(x + dx, y + dy) != id) {
          return false;
        }
      }
    }
    return true;
  }

  private static String status(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    return robot.lookup("#viewer-status").queryAs(Label.class).getText();
  }

  /** Waits until the frame view holds exactly the pixels of frame {@code index}. */
  private void awaitPicture(int index) throws Exception {
    RgbImage expected = demo.frame(index);
    ImageView picture = (ImageView) view.lookup("#frame");
    Callable<Boolean> shown =
        () -> {
          Image image = WaitForAsyncUtils.asyncFx(picture::getImage).get();
          return image != null && sameRgb(image, expected);
        };
    WaitForAsyncUtils.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS, shown);
  }

  private static boolean sameRgb(Image image, RgbImage expected) {
    int width = (int) image.getWidth();
    int[] argb = new int[width * (int) image.getHeight()];
    image
        .getPixelReader()
        .getPixels(
            0, 0, width, (int) image.getHeight(), PixelFormat.getIntArgbInstance(), argb, 0, width);
    for (int i = 0; i < argb.length; i += 7) {
      if ((argb[i] & 0xFFFFFF) != expected.rgb(i % width, i / width)) {
        return false;
      }
    }
    return true;
  }
}
