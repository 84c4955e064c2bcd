package org.inbetween.app.ui.viewer;

import java.net.URL;
import java.util.List;
import java.util.Objects;
import java.util.function.IntConsumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.collections.ObservableSet;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import org.inbetween.app.editing.view.MaskCache;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.session.EditorSession;

/**
 * The frame viewer component of the editor window, assembled: the {@link FrameView}, the status
 * bar, the layers panel, the background frame loader and the playback timer, all driven by one
 * {@link EditorSession}. The editor window places the three nodes; tools reach the frame through
 * {@link #frameView()}; the object list hides objects through {@link #hiddenObjectIds()}.
 *
 * <p>Frames are decoded, their masks read and their overlay composed on the loader's thread; only
 * the latest request is delivered, so stepping or playing faster than decoding drops frames instead
 * of queueing them. The frame is reloaded when the current frame changes or an edit bumps {@link
 * EditorSession#revisionProperty()}; a change of layer style or hidden objects recomposes the
 * overlay from the masks already loaded.
 */
public final class Viewer implements AutoCloseable {
  private static final String STYLESHEET = "/org/inbetween/ui/viewer.css";

  /** Masks of about 30 recent 1080p frames with two layers each. */
  private static final long MASK_CACHE_BYTES = 128L << 20;

  private final EditorSession session;
  private final ViewerViewModel model;
  private final FrameView frameView = new FrameView();
  private final ViewerStatusBar statusBar;
  private final LayersPanel layersPanel;
  private final LatestRequestLoader<LoadedFrame> loader;
  private final AnimationTimer playbackTimer;
  private final MaskCache masksSeen = new MaskCache(MASK_CACHE_BYTES);
  private volatile OverlaySettings settings;
  private volatile long revision;
  private boolean humanLayerElsewhere;
  private LoadedFrame shown;
  private IntConsumer onFrameShown = index -> {};

  /** Builds the viewer on the JavaFX thread and starts loading the current frame. */
  public Viewer(EditorSession session) {
    this(session, UiText.load(UiText.VIEWER));
  }

  public Viewer(EditorSession session, UiText strings) {
    this.session = session;
    this.model = new ViewerViewModel(session, strings);
    this.statusBar = new ViewerStatusBar(model, frameView, strings);
    this.layersPanel = new LayersPanel(model.layers(), strings);
    frameView.setSideCaptions(
        strings.format("viewer.sideLabels"), strings.format("viewer.sideModels"));
    String css = stylesheet();
    for (Parent node : List.<Parent>of(frameView, statusBar, layersPanel)) {
      node.getStylesheets().add(css);
    }
    this.settings = currentSettings();
    this.revision = session.revisionProperty().get();
    this.loader =
        new LatestRequestLoader<>(
            index -> LoadedFrame.load(session, index, revision, masksSeen, settings),
            Platform::runLater,
            this::show,
            (index, failure) -> {
              statusBar.showFailure(
                  strings.format(
                      "viewer.frameFailed", index, String.valueOf(failure.getMessage())));
              onFrameShown.accept(index);
            });
    this.playbackTimer =
        new AnimationTimer() {
          @Override
          public void handle(long now) {
            model.pulse(now);
          }
        };
    session.currentFrameProperty().addListener((obs, old, now) -> reload());
    session
        .revisionProperty()
        .addListener(
            (obs, old, now) -> {
              revision = now.longValue();
              settings = currentSettings();
              reload();
            });
    model.layers().revisionProperty().addListener((obs, old, now) -> restyle());
    model
        .playingProperty()
        .addListener(
            (obs, was, playing) -> {
              if (playing) {
                playbackTimer.start();
              } else {
                playbackTimer.stop();
              }
            });
    reload();
  }

  /** The frame, its overlay and the tools' previews: the centre of the editor window. */
  public FrameView frameView() {
    return frameView;
  }

  /** Transport, frame/time/state, zoom: goes directly under the frame view. */
  public Node statusBar() {
    return statusBar;
  }

  /** Layer toggles, opacity, outline and difference: goes in a side panel. */
  public Node layersPanel() {
    return layersPanel;
  }

  public ViewerViewModel model() {
    return model;
  }

  /** Ids of the objects not drawn; the object list panel adds and removes ids here. */
  public ObservableSet<Integer> hiddenObjectIds() {
    return model.layers().hiddenObjectIds();
  }

  /** The viewer's keys, for the editor's command declarations. */
  public List<ViewerShortcuts.Shortcut> shortcuts() {
    return ViewerShortcuts.defaults(model, frameView);
  }

  /** Binds {@link #shortcuts()} on {@code scene}, for a window that has no command registry. */
  public void installShortcuts(Scene scene) {
    ViewerShortcuts.install(scene, shortcuts());
  }

  /**
   * Receives, on the JavaFX thread, the index of each frame put on screen or that failed to load
   * (tests, benchmarks).
   */
  public void setOnFrameShown(IntConsumer action) {
    onFrameShown = Objects.requireNonNull(action, "action");
  }

  /**
   * Leaves the human layer of the shown frame to the mask editor, which draws the mask being
   * painted live (the store's copy only catches up when a save completes). The human mask still
   * feeds the difference view, and the layer row's visibility and opacity still apply: bind the
   * editor's layer to {@code model().layers().row(ViewLayer.HUMAN)}.
   */
  public void leaveHumanLayerToEditor() {
    humanLayerElsewhere = true;
    restyle();
  }

  /** Stops playback and the loader; the session stays open (its owner closes it). */
  @Override
  public void close() {
    playbackTimer.stop();
    loader.close();
  }

  private void reload() {
    loader.request(session.currentFrame());
  }

  private void show(LoadedFrame frame) {
    if (shown == null || shown.picture() != frame.picture()) {
      frameView.showPicture(frame.picture());
    }
    shown = frame;
    showOverlays();
    statusBar.showFailure("");
    onFrameShown.accept(frame.index());
  }

  private void restyle() {
    settings = currentSettings();
    if (shown != null) {
      showOverlays();
    }
  }

  /** The shown frame's overlay and, side by side, its copy's, for the current settings. */
  private void showOverlays() {
    OverlaySettings now = settings;
    int width = shown.picture().width();
    int height = shown.picture().height();
    frameView.showOverlay(shown.overlayFor(now), width, height);
    frameView.setSideBySide(now.sideBySide());
    if (now.sideBySide()) {
      frameView.showSideOverlay(shown.sideOverlayFor(now), width, height);
    }
  }

  private OverlaySettings currentSettings() {
    return OverlaySettings.of(
        model.layers(),
        session.project().objects(),
        model.layers().hiddenObjectIds(),
        humanLayerElsewhere);
  }

  private static String stylesheet() {
    URL css =
        Objects.requireNonNull(
            Viewer.class.getResource(STYLESHEET),
            STYLESHEET + " is missing from the classpath (module inbetween-ui-resources)");
    return css.toExternalForm();
  }
}
