package org.inbetween.app.ui.editor;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.inbetween.app.editing.navigation.KeyframeMarks;
import org.inbetween.app.editing.view.ViewLayer;
import org.inbetween.app.exchange.export.ExportRequest;
import org.inbetween.app.exchange.export.ProjectExport;
import org.inbetween.app.exchange.export.ProjectOpener;
import org.inbetween.app.quality.KeyframeSuggestion;
import org.inbetween.app.ui.commands.Command;
import org.inbetween.app.ui.commands.CommandMenus;
import org.inbetween.app.ui.commands.CommandRegistry;
import org.inbetween.app.ui.commands.SceneShortcuts;
import org.inbetween.app.ui.commands.ShortcutHelpOverlay;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.jobs.JobsView;
import org.inbetween.app.ui.objects.ObjectListView;
import org.inbetween.app.ui.objects.ObjectListViewModel;
import org.inbetween.app.ui.review.DisagreementOrder;
import org.inbetween.app.ui.review.ReviewView;
import org.inbetween.app.ui.review.ReviewViewModel;
import org.inbetween.app.ui.review.ReviewerDialog;
import org.inbetween.app.ui.review.ReviewerMemory;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.ui.session.StoreKeyframeMarks;
import org.inbetween.app.ui.timeline.Timeline;
import org.inbetween.app.ui.timeline.TimelineNavigation;
import org.inbetween.app.ui.tools.MaskEditor;
import org.inbetween.app.ui.tools.MaskTools;
import org.inbetween.app.ui.tools.RefiningIndicator;
import org.inbetween.app.ui.tools.SaveIndicator;
import org.inbetween.app.ui.tools.ToolInteraction;
import org.inbetween.app.ui.tools.ToolPalette;
import org.inbetween.app.ui.tools.WorkingMaskLayer;
import org.inbetween.app.ui.trace.TracePanel;
import org.inbetween.app.ui.trace.TraceViewModel;
import org.inbetween.app.ui.viewer.LayerRow;
import org.inbetween.app.ui.viewer.Viewer;
import org.inbetween.models.pseudo.GeneratorRegistry;

/**
 * The editor window: the viewer with the mask tools over it, the timeline and the trace panel (T)
 * below, objects, layers and review in a side panel, jobs at the bottom, and every command in the
 * menus, on its keys and in the F1 overlay. This class only assembles; each part is built and
 * tested on its own.
 *
 * <p>Closing the window waits for queued mask saves before the project is closed, so nothing
 * painted is lost.
 */
public final class EditorWindow implements AutoCloseable {
  /** The bundle of this window's own strings. */
  static final String STRINGS = "org.inbetween.ui.editor";

  /**
   * The generator of Ctrl+G, named in its menu label: the program's one default method ({@link
   * GeneratorRegistry#defaultMethod()}, also the command line's), FGPLG with its bundled model.
   */
  static final String DEFAULT_GENERATOR = GeneratorRegistry.standard().defaultMethod();

  /**
   * The method of "Propagate from this frame": the memory read, which does not drift along a flow
   * chain over a long one-sided run (docs/benchmarks.md, "kmn").
   */
  static final String PROPAGATION_METHOD = "kmn";

  private final EditorSession session;
  private final Stage stage;
  private final UiText text;
  private final Viewer viewer;
  private final MaskEditor editor;
  private final MaskTools tools;
  private final ReviewViewModel review;
  private final FxTaskRunner jobs;
  private final CommandRegistry registry = new CommandRegistry();
  private final PseudoLabelling pseudoLabelling;
  private final KeyframeSuggesting keyframeSuggesting;
  private final Scene scene;
  private final Opening opening;
  private final Opening.Dialogs dialogs;
  private Consumer<EditorWindow> onReplaced = next -> {};
  private boolean closed;

  private EditorWindow(Stage stage, EditorSession session, Opening.Dialogs givenDialogs) {
    this.stage = stage;
    this.session = session;
    this.text = UiText.load(UiText.COMMANDS, UiText.REVIEW, UiText.JOBS, STRINGS);
    this.dialogs = givenDialogs != null ? givenDialogs : new OpenDialogs(stage, text, this::report);
    UiText toolStrings = UiText.load(UiText.TOOLS);
    viewer = new Viewer(session);
    editor = MaskEditor.create(session);
    tools = new MaskTools(editor);
    ObjectListViewModel objects = new ObjectListViewModel(editor);
    KeyframeMarks marks = new StoreKeyframeMarks(session);
    Timeline timeline = new Timeline(session, marks);
    timeline.setPrefHeight(190);
    TimelineNavigation navigation = new TimelineNavigation(session, marks);
    jobs = FxTaskRunner.create(2);
    pseudoLabelling =
        new PseudoLabelling(
            session,
            jobs,
            GeneratorRegistry.standard(),
            Platform::runLater,
            this::reportUnlessCancelled);
    keyframeSuggesting = new KeyframeSuggesting(session, jobs, this::reportUnlessCancelled);
    JobsView jobsView = new JobsView(jobs, text);
    TracePanel trace =
        new TracePanel(
            new TraceViewModel(session, jobs, this::reportUnlessCancelled), session, this::report);
    pseudoLabelling
        .running()
        .addListener(
            (obs, was, now) -> {
              if (!now) {
                trace.refreshIfShown();
              }
            });
    review =
        new ReviewViewModel(session, new ReviewerDialog(text), ReviewerMemory.preferences(), text);
    ReviewView reviewView = new ReviewView(review, text);
    reviewView.showOrderChoice(
        new DisagreementOrder(session, jobs, review, this::reportUnlessCancelled));
    opening =
        new Opening(
            jobs,
            RecentProjects.ofUser(),
            dialogs,
            this::replaceWith,
            this::report,
            session.author());

    putToolsOnTheFrame(objects);
    startCorrectionsFromPseudoLabels();
    Node jobsPanel = jobsView.root();
    jobsPanel.managedProperty().bind(jobsPanel.visibleProperty());
    jobsPanel.visibleProperty().bind(Bindings.isNotEmpty(jobs.jobs()));

    // Menus appear in the order their commands are registered: file, edit, ... review, help.
    registry.register(
        EditorCommands.all(
                new EditorCommands.Targets(
                    opening::openProject,
                    opening::openSource,
                    opening::openRecent,
                    this::saveNow,
                    this::exportDataset,
                    () -> ProjectRenaming.ask(stage, text, session, this::report),
                    stage::close,
                    editor,
                    tools,
                    objects,
                    viewer.model(),
                    viewer.frameView(),
                    navigation,
                    () -> askKeyframeInterval(navigation),
                    this::generatePseudoLabels,
                    () -> propagateFrom(session.currentFrameProperty().get()),
                    () -> FlowPresetDialog.ask(stage, text, session, this::report),
                    Bindings.not(pseudoLabelling.running()),
                    this::report))
            .toArray(Command[]::new));
    registry.register(
        new ModelPredictions(session, jobs, this::reportUnlessCancelled)
            .commands()
            .toArray(Command[]::new));
    registry.register(keyframeSuggesting.commands().toArray(Command[]::new));
    registry.register(
        new ProjectTraining(session, jobs, text, stage, this::reportUnlessCancelled)
            .commands()
            .toArray(Command[]::new));
    reviewView.registerCommands(registry);
    ShortcutHelpOverlay help = new ShortcutHelpOverlay(registry, text);
    registry.register(help.command());
    registry.register(JobsView.showCommand(() -> jobsPanel.requestFocus()));
    registry.register(trace.toggleCommand());

    BorderPane main = new BorderPane();
    main.setTop(new VBox(CommandMenus.menuBar(registry, text), toolbar(toolStrings)));
    main.setCenter(
        workArea(
            new VBox(viewer.statusBar(), timeline, trace.root()),
            sidePanel(
                new ObjectListView(objects, toolStrings).root(),
                viewer.layersPanel(),
                reviewView.root())));
    main.setBottom(jobsPanel);
    Rectangle2D screen = Screen.getPrimary().getVisualBounds();
    scene =
        new Scene(
            new StackPane(main, help.node()),
            Math.min(1440, screen.getWidth()),
            Math.min(900, screen.getHeight()));
    scene
        .getStylesheets()
        .addAll(UiText.stylesheet("inbetween.css"), UiText.stylesheet("tools.css"));
    SceneShortcuts.install(scene, registry);
    FileDrop.install(scene, opening::open);
    help.install(scene);
    stage.setTitle(text.format("window.title", session.frames().description()));
    stage.setScene(scene);
    stage.setOnHidden(event -> close());
  }

  /** Builds the window in {@code stage} and shows it; call on the JavaFX thread. */
  public static EditorWindow show(Stage stage, EditorSession session) {
    return show(stage, session, null);
  }

  /** As {@link #show(Stage, EditorSession)}, with the open dialogs answered by {@code dialogs}. */
  static EditorWindow show(Stage stage, EditorSession session, Opening.Dialogs dialogs) {
    EditorWindow window = new EditorWindow(stage, session, dialogs);
    stage.show();
    window.viewer.frameView().requestFocus();
    return window;
  }

  /**
   * Opens a project folder in this window, or imports a video or image folder into a new project
   * next to it first (a job; the keyframe interval is asked): what File &gt; Open and a drop do.
   */
  public void open(Path path) {
    opening.open(path);
  }

  /**
   * Receives the window that takes this one's place in the stage when another project is opened
   * (this one is closed by then).
   */
  public void setOnReplaced(Consumer<EditorWindow> action) {
    onReplaced = Objects.requireNonNull(action, "action");
  }

  public EditorSession session() {
    return session;
  }

  public Scene scene() {
    return scene;
  }

  public Viewer viewer() {
    return viewer;
  }

  public MaskEditor editor() {
    return editor;
  }

  public MaskTools tools() {
    return tools;
  }

  public CommandRegistry commands() {
    return registry;
  }

  public FxTaskRunner jobs() {
    return jobs;
  }

  /**
   * Stops playback, cancels the jobs and waits for them to stop (each frees its native memory on
   * its own thread), waits for queued mask saves, then closes the project. Idempotent: closing the
   * stage calls it too.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    viewer.close();
    jobs.close();
    try {
      editor.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      session.close();
    } catch (Exception e) {
      report(e);
    }
  }

  /**
   * Closes this project (its saves complete first) and shows {@code next} in the same stage. The
   * new session is open before anything is closed, so a failed open leaves this one as it was.
   */
  private void replaceWith(EditorSession next) {
    close();
    EditorWindow window = new EditorWindow(stage, next, dialogs);
    window.onReplaced = onReplaced;
    window.viewer.frameView().requestFocus();
    onReplaced.accept(window);
  }

  /**
   * The editor draws the mask being painted; the viewer's human layer row still decides whether and
   * how strongly it shows.
   */
  private void putToolsOnTheFrame(ObjectListViewModel objects) {
    Bindings.bindContent(viewer.hiddenObjectIds(), objects.hiddenIds());
    viewer.leaveHumanLayerToEditor();
    WorkingMaskLayer working = new WorkingMaskLayer(editor, objects.hiddenIds());
    LayerRow human = viewer.model().layers().row(ViewLayer.HUMAN);
    working.node().visibleProperty().bind(human.visibleProperty());
    working.node().opacityProperty().bind(human.opacityProperty().divide(WorkingMaskLayer.OPACITY));
    viewer.frameView().toolOverlay().addAll(working.node(), tools.previewLayer());
    viewer.frameView().setInteraction(new ToolInteraction(tools));
    tools
        .previewScale()
        .screenPixelProperty()
        .bind(
            Bindings.createDoubleBinding(
                () -> 1 / viewer.frameView().viewport().scale(),
                viewer.frameView().viewportProperty()));
  }

  /**
   * Review's Edit (E): the pseudo-label becomes the reviewer's human mask on that frame (state
   * CORRECTED, author recorded) and the mask tools refine it from there like any human mask.
   */
  private void startCorrectionsFromPseudoLabels() {
    review
        .editingFrameProperty()
        .addListener(
            (obs, old, frame) -> {
              if (frame.intValue() == ReviewViewModel.NOT_EDITING) {
                return;
              }
              try {
                review.maskToCorrect().ifPresent(editor::apply);
              } catch (Exception e) {
                report(e);
              }
              review.cancelEdit();
            });
  }

  private Node toolbar(UiText strings) {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox bar =
        new HBox(
            8,
            new ToolPalette(tools, strings).root(),
            spacer,
            new SaveIndicator(editor, strings).root());
    bar.getStyleClass().add("editor-toolbar");
    return bar;
  }

  /**
   * The frame, with {@code below} (status bar, timeline, trace panel) under it, beside the side.
   */
  private Node workArea(Node below, Node side) {
    BorderPane frameArea =
        new BorderPane(
            new RefiningIndicator(editor, UiText.load(UiText.TOOLS)).over(viewer.frameView()));
    frameArea.setBottom(below);
    SplitPane split = new SplitPane(frameArea, side);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.75);
    SplitPane.setResizableWithParent(side, false);
    return split;
  }

  /**
   * Objects and layers share a tab pane; review stays visible below them, since its keys (A, R, E)
   * work from anywhere and the reject reason is typed there.
   */
  private Node sidePanel(Node objects, Node layers, Node reviewPanel) {
    TabPane tabs =
        new TabPane(
            new Tab(text.format("panel.objects"), objects),
            new Tab(text.format("panel.layers"), layers));
    tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
    tabs.setId("side-tabs");
    SplitPane side = new SplitPane(tabs, reviewPanel);
    side.setOrientation(Orientation.VERTICAL);
    side.setDividerPositions(0.45);
    side.setMinWidth(320);
    side.setId("side-panel");
    return side;
  }

  /** File → Export dataset: asks, then exports through the open store as a job. */
  private void exportDataset() {
    ExportDialog.ask(stage, text, session.store().directory()).ifPresent(this::export);
  }

  /** Exports the open project as {@code request} says, as a job. */
  CompletableFuture<?> export(ExportRequest request) {
    return jobs.runAsync(new ProjectExport(request, ProjectOpener.sharing(session.store())))
        .whenComplete((summary, failure) -> reportUnlessCancelled(failure));
  }

  /** Pseudo-labels every gap with {@code method} as a job (Ctrl+G does it with FGPLG). */
  CompletableFuture<?> generatePseudoLabels(String method) {
    return pseudoLabelling.start(method);
  }

  /**
   * Fills the frames after {@code frame} (a human keyframe) up to the next keyframe or the end of
   * the video with {@link #PROPAGATION_METHOD}, as a job.
   */
  CompletableFuture<?> propagateFrom(int frame) {
    return pseudoLabelling.propagateFrom(PROPAGATION_METHOD, frame);
  }

  /** Q: estimates the quality and shows the frame to label next, as a job. */
  CompletableFuture<Optional<KeyframeSuggestion>> suggestNextKeyframe() {
    return keyframeSuggesting.suggest();
  }

  /** A job's failure, if any, as a message; a cancel the user asked for is not a failure. */
  private void reportUnlessCancelled(Throwable failure) {
    if (failure == null) {
      return;
    }
    Throwable cause =
        failure instanceof CompletionException && failure.getCause() != null
            ? failure.getCause()
            : failure;
    if (!(cause instanceof CancellationException)) {
      report(new IOException(cause.getMessage(), cause));
    }
  }

  private void saveNow() {
    try {
      session.store().checkpoint();
    } catch (Exception e) {
      report(e);
    }
  }

  private void askKeyframeInterval(TimelineNavigation navigation) {
    TextInputDialog dialog =
        new TextInputDialog(Integer.toString(session.project().keyframeInterval()));
    dialog.initOwner(stage);
    dialog.setTitle(text.format("keyframeInterval.title"));
    dialog.setHeaderText(text.format("keyframeInterval.header"));
    dialog.setContentText(text.format("keyframeInterval.prompt"));
    dialog
        .showAndWait()
        .ifPresent(
            answer -> {
              try {
                navigation.setKeyframeInterval(Integer.parseInt(answer.trim()));
              } catch (NumberFormatException e) {
                report(new IllegalArgumentException(text.format("error.badInterval", answer)));
              } catch (Exception e) {
                report(e);
              }
            });
  }

  private void report(Exception e) {
    Alert alert = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()));
    alert.initOwner(stage);
    alert.setTitle(text.format("error.title"));
    alert.setHeaderText(null);
    alert.show();
  }
}
