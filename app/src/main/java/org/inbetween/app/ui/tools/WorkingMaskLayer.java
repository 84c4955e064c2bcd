package org.inbetween.app.ui.tools;

import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.scene.Node;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.inbetween.app.editing.OverlayPixels;
import org.inbetween.app.editing.Rect;
import org.inbetween.app.editing.WorkingMask;
import org.inbetween.app.project.Project;
import org.inbetween.app.project.TrackedObject;

/**
 * The mask being edited, drawn live: an image of the frame's size (so it sits in image coordinates
 * like the frame) that each tool step repaints only where it changed. Objects in their project
 * colours at {@link #OPACITY}; hidden objects are left out.
 *
 * <p>While the editor is active the viewer shows this layer in place of its own human-mask overlay
 * of the current frame, which only catches up when a save completes.
 */
public final class WorkingMaskLayer {
  /** Enough colour to see the mask, not enough to hide the frame. */
  public static final double OPACITY = 0.5;

  private final MaskEditor editor;
  private final ObservableSet<Integer> hidden;
  private final ImageView view = new ImageView();
  private WritableImage image;
  private OverlayPixels pixels;

  public WorkingMaskLayer(MaskEditor editor, ObservableSet<Integer> hidden) {
    this.editor = editor;
    this.hidden = hidden;
    view.setId("working-mask");
    view.setMouseTransparent(true);
    recolour();
    editor.addChangeListener(this::repaint);
    editor.session().projectProperty().addListener((obs, old, now) -> recolour());
    hidden.addListener((SetChangeListener<Integer>) change -> recolour());
  }

  public Node node() {
    return view;
  }

  private void recolour() {
    int[] colours = new int[256];
    int alpha = (int) Math.round(255 * OPACITY) << 24;
    Project project = editor.session().project();
    for (TrackedObject object : project.objects()) {
      if (!hidden.contains(object.id())) {
        colours[object.id()] = alpha | object.rgb();
      }
    }
    pixels = new OverlayPixels(colours);
    repaint(editor.working(), editor.working().bounds());
  }

  private void repaint(WorkingMask mask, Rect dirty) {
    if (image == null || image.getWidth() != mask.width() || image.getHeight() != mask.height()) {
      image = new WritableImage(mask.width(), mask.height());
      view.setImage(image);
      dirty = mask.bounds();
    }
    int[] argb = pixels.update(mask, dirty);
    image
        .getPixelWriter()
        .setPixels(
            dirty.x(),
            dirty.y(),
            dirty.width(),
            dirty.height(),
            PixelFormat.getIntArgbInstance(),
            argb,
            0,
            dirty.width());
  }
}
