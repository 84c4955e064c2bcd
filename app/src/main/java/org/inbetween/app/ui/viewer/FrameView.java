package org.inbetween.app.ui.viewer;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Affine;
import org.inbetween.app.editing.ImagePoint;
import org.inbetween.app.editing.view.Viewport;
import org.inbetween.models.image.RgbImage;

/**
 * The frame on screen with its mask overlay and the tools' previews, zoomed and panned by one
 * transform. A {@link Region}, not a Control + Skin: it has exactly one look, no behaviour worth
 * re-skinning, and its state (the {@link Viewport}) is already a separate, tested value; what it
 * needs from a Region is layout, a clip and CSS.
 *
 * <p>Smooth on 1080p: the picture and the overlay are two {@link WritableImage}s that are written
 * only when the frame or the overlay changes (and reused while the size stays), and zooming or
 * panning only changes the transform, never the pixels.
 *
 * <p>Coordinates: {@link #imagePoint(double, double)} turns scene coordinates into image pixels;
 * nodes in {@link #toolOverlay()} are placed in image pixels and follow the zoom.
 */
public final class FrameView extends Region {
  /** Space between the frame and its side-by-side copy, in image pixels. */
  public static final int SIDE_GAP = 16;

  /** Screen pixels between a copy's corner and its caption. */
  private static final double CAPTION_INSET = 6;

  private final ImageView picture = new ImageView();
  private final ImageView overlay = new ImageView();
  private final Group toolOverlay = new Group();
  private final ImageView sidePicture = new ImageView();
  private final ImageView sideOverlay = new ImageView();
  private final Group side = new Group(sidePicture, sideOverlay);
  private final Group content = new Group(picture, overlay, toolOverlay, side);
  private final Label labelsCaption = caption("side-caption-labels");
  private final Label modelsCaption = caption("side-caption-models");
  private final Affine transform = new Affine();
  private final ReadOnlyObjectWrapper<Viewport> viewport =
      new ReadOnlyObjectWrapper<>(Viewport.identity());
  private final ObjectProperty<ViewerInteraction> interaction =
      new SimpleObjectProperty<>(ViewerInteraction.NONE);
  private boolean fitting = true;

  public FrameView() {
    getStyleClass().add("frame-view");
    setFocusTraversable(true);
    picture.setId("frame");
    overlay.setId("masks");
    toolOverlay.setId("tool-overlay");
    sidePicture.setId("side-frame");
    sideOverlay.setId("side-masks");
    sidePicture.imageProperty().bind(picture.imageProperty());
    side.setVisible(false);
    content.setManaged(false);
    content.getTransforms().add(transform);
    getChildren().addAll(content, labelsCaption, modelsCaption);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(widthProperty());
    clip.heightProperty().bind(heightProperty());
    setClip(clip);
    setMinSize(0, 0);
    setPrefSize(880, 520);
    viewport.addListener((obs, old, now) -> applyTransform(now));
    new FrameViewGestures(this).install();
  }

  /** Where the image sits; changes on zoom, pan, fit and 1:1. */
  public ReadOnlyObjectProperty<Viewport> viewportProperty() {
    return viewport.getReadOnlyProperty();
  }

  public Viewport viewport() {
    return viewport.get();
  }

  /** The active tool's hook; {@link ViewerInteraction#NONE} when no tool is active. */
  public ObjectProperty<ViewerInteraction> interactionProperty() {
    return interaction;
  }

  public void setInteraction(ViewerInteraction tool) {
    interaction.set(tool == null ? ViewerInteraction.NONE : tool);
  }

  /** Nodes drawn over the masks in image pixel coordinates (tool previews). */
  public ObservableList<Node> toolOverlay() {
    return toolOverlay.getChildren();
  }

  /** The image pixel position under scene point ({@code sceneX}, {@code sceneY}). */
  public ImagePoint imagePoint(double sceneX, double sceneY) {
    Point2D local = sceneToLocal(sceneX, sceneY);
    return viewport.get().toImage(local.getX(), local.getY());
  }

  /** The image pixel position under a mouse event. */
  public ImagePoint imagePoint(MouseEvent event) {
    return imagePoint(event.getSceneX(), event.getSceneY());
  }

  /** The scene point showing image point {@code point}. */
  public Point2D scenePoint(ImagePoint point) {
    Viewport v = viewport.get();
    return localToScene(v.toViewX(point.x()), v.toViewY(point.y()));
  }

  /**
   * Shows a second copy of the frame to the right of the first, {@value #SIDE_GAP} image pixels
   * apart, with its own overlay ({@link #showSideOverlay}); both follow the same zoom and pan, and
   * fitting fits both. Tools work on the first copy only.
   */
  public void setSideBySide(boolean on) {
    if (side.isVisible() != on) {
      side.setVisible(on);
      labelsCaption.setVisible(on);
      modelsCaption.setVisible(on);
      if (fitting) {
        fit();
      }
    }
  }

  /** Names the two copies while side by side, e.g. "Labels" and "Models". */
  public void setSideCaptions(String labels, String models) {
    labelsCaption.setText(labels);
    modelsCaption.setText(models);
  }

  /** Whether the second copy is shown. */
  public boolean isSideBySide() {
    return side.isVisible();
  }

  /** Writes the side copy's overlay (row-major straight ARGB, the picture's size). */
  public void showSideOverlay(int[] argb, int width, int height) {
    write(sideOverlay, argb, width, height);
  }

  /** Width and height of the frame shown, in image pixels; 0 before the first frame. */
  public int imageWidth() {
    return picture.getImage() == null ? 0 : (int) picture.getImage().getWidth();
  }

  public int imageHeight() {
    return picture.getImage() == null ? 0 : (int) picture.getImage().getHeight();
  }

  /** Shows the whole frame; the view keeps fitting it while it is resized, until a zoom or pan. */
  public void fit() {
    fitting = true;
    if (imageWidth() > 0 && getWidth() > 0 && getHeight() > 0) {
      int shownWidth = isSideBySide() ? 2 * imageWidth() + SIDE_GAP : imageWidth();
      viewport.set(Viewport.fit(getWidth(), getHeight(), shownWidth, imageHeight()));
    }
  }

  /** One image pixel per screen pixel, centred. */
  public void oneToOne() {
    fitting = false;
    viewport.set(Viewport.oneToOne(getWidth(), getHeight(), imageWidth(), imageHeight()));
  }

  /** Zooms by {@code factor} keeping the image point under local point ({@code x}, {@code y}). */
  public void zoomAt(double factor, double x, double y) {
    fitting = false;
    viewport.set(viewport.get().zoomedAt(factor, x, y));
  }

  /** Moves the image by ({@code dx}, {@code dy}) screen pixels. */
  public void panBy(double dx, double dy) {
    fitting = false;
    viewport.set(viewport.get().pannedBy(dx, dy));
  }

  /** Writes {@code frame} into the picture, reusing its image while the size stays the same. */
  public void showPicture(RgbImage frame) {
    WritableImage image = reusable(picture, frame.width(), frame.height());
    image
        .getPixelWriter()
        .setPixels(
            0,
            0,
            frame.width(),
            frame.height(),
            PixelFormat.getByteRgbInstance(),
            frame.bytes(),
            0,
            3 * frame.width());
    if (picture.getImage() != image) {
      picture.setImage(image);
      side.setLayoutX(frame.width() + SIDE_GAP);
      fit();
    }
  }

  /** Writes the composed overlay (row-major straight ARGB, the picture's size). */
  public void showOverlay(int[] argb, int width, int height) {
    write(overlay, argb, width, height);
  }

  private static void write(ImageView view, int[] argb, int width, int height) {
    WritableImage image = reusable(view, width, height);
    image
        .getPixelWriter()
        .setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
    view.setImage(image);
  }

  ViewerInteraction interaction() {
    return interaction.get();
  }

  @Override
  protected void layoutChildren() {
    if (fitting) {
      fit();
    }
    placeCaptions(viewport.get());
  }

  private void applyTransform(Viewport v) {
    transform.setToTransform(v.scale(), 0, v.offsetX(), 0, v.scale(), v.offsetY());
    boolean smooth = v.scale() < 1;
    picture.setSmooth(smooth);
    overlay.setSmooth(smooth);
    sidePicture.setSmooth(smooth);
    sideOverlay.setSmooth(smooth);
    placeCaptions(v);
  }

  /** Keeps each caption at the top left corner of its copy, at screen size whatever the zoom. */
  private void placeCaptions(Viewport v) {
    labelsCaption.autosize();
    modelsCaption.autosize();
    labelsCaption.relocate(v.toViewX(0) + CAPTION_INSET, v.toViewY(0) + CAPTION_INSET);
    modelsCaption.relocate(
        v.toViewX(imageWidth() + SIDE_GAP) + CAPTION_INSET, v.toViewY(0) + CAPTION_INSET);
  }

  private static Label caption(String id) {
    Label caption = new Label();
    caption.setId(id);
    caption.getStyleClass().add("side-caption");
    caption.setManaged(false);
    caption.setVisible(false);
    caption.setMouseTransparent(true);
    return caption;
  }

  private static WritableImage reusable(ImageView view, int width, int height) {
    if (view.getImage() instanceof WritableImage current
        && current.getWidth() == width
        && current.getHeight() == height) {
      return current;
    }
    return new WritableImage(width, height);
  }
}
