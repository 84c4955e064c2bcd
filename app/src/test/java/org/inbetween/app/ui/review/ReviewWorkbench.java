package org.inbetween.app.ui.review;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.Scene;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.inbetween.app.project.MachineLayer;
import org.inbetween.app.review.ReviewFixture;
import org.inbetween.app.ui.commands.CommandMenus;
import org.inbetween.app.ui.commands.CommandRegistry;
import org.inbetween.app.ui.commands.SceneShortcuts;
import org.inbetween.app.ui.commands.ShortcutHelpOverlay;
import org.inbetween.app.ui.commands.UiText;
import org.inbetween.app.ui.jobs.FxTaskRunner;
import org.inbetween.app.ui.jobs.JobsView;
import org.inbetween.app.ui.session.EditorSession;
import org.inbetween.app.video.demo.DemoVideo;
import org.inbetween.models.image.DavisPalette;
import org.inbetween.models.image.LabelMask;
import org.inbetween.models.image.RgbImage;

/**
 * A small window wired the way the lead wires the editor: menu bar from the registry, the frame
 * with its pseudo-label in the middle, the review panel on the right, the jobs panel below, the F1
 * overlay on top. For the GUI tests and the screenshots.
 */
final class ReviewWorkbench implements AutoCloseable {
  static final UiText TEXT =
      UiText.load(Locale.ENGLISH, UiText.COMMANDS, UiText.REVIEW, UiText.JOBS);

  final EditorSession session;
  final ReviewViewModel model;
  final CommandRegistry registry = new CommandRegistry();
  final ShortcutHelpOverlay help = new ShortcutHelpOverlay(registry, TEXT);
  final FxTaskRunner jobs = FxTaskRunner.create(1);
  final List<Throwable> failures = new CopyOnWriteArrayList<>();
  final DisagreementOrder order;
  final Scene scene;
  private final DemoVideo demo = new DemoVideo();
  private final ImageView picture = new ImageView();

  /** Opens the review fixture in {@code dir} and shows it in {@code stage}; on the FX thread. */
  ReviewWorkbench(Stage stage, Path dir, String reviewer) throws IOException {
    session = new EditorSession(ReviewFixture.create(dir), new DemoVideo());
    session.userNameProperty().set(reviewer);
    model =
        new ReviewViewModel(session, suggestion -> Optional.empty(), ReviewerMemory.none(), TEXT);
    ReviewView review = new ReviewView(model, TEXT);
    order = new DisagreementOrder(session, jobs, model, failures::add);
    review.showOrderChoice(order);
    review.registerCommands(registry);
    JobsView jobsView = new JobsView(jobs, TEXT);
    registry.register(JobsView.showCommand(() -> jobsView.root().setVisible(true)));
    registry.register(help.command());

    picture.setPreserveRatio(true);
    picture.setFitWidth(640);
    StackPane frameArea = new StackPane(picture);
    frameArea.setStyle("-fx-background-color: #14161a;");
    BorderPane layout = new BorderPane(frameArea);
    layout.setTop(CommandMenus.menuBar(registry, TEXT));
    layout.setRight(review.root());
    layout.setBottom(jobsView.root());
    jobsView.root().setStyle("-fx-pref-height: 200;");
    StackPane root = new StackPane(layout, help.node());
    scene = new Scene(root, 1040, 690);
    scene
        .getStylesheets()
        .add(getClass().getResource("/org/inbetween/ui/inbetween.css").toExternalForm());
    SceneShortcuts.install(scene, registry);
    help.install(scene);
    session.currentFrameProperty().addListener((obs, old, frame) -> showFrame(frame.intValue()));
    session.revisionProperty().addListener((obs, old, rev) -> showFrame(session.currentFrame()));
    showFrame(session.currentFrame());
    stage.setTitle("Inbetween \u2014 review");
    stage.setScene(scene);
    stage.show();
  }

  /** The demo frame with its pseudo-label blended in at half strength. */
  private void showFrame(int index) {
    RgbImage frame = demo.frame(index);
    Optional<LabelMask> mask;
    try {
      mask = session.store().machineMask(MachineLayer.pseudo(), index);
    } catch (IOException e) {
      mask = Optional.empty();
    }
    int w = frame.width();
    int h = frame.height();
    int[] argb = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = frame.rgb(x, y);
        int id = mask.isPresent() ? mask.get().label(x, y) : 0;
        argb[y * w + x] = 0xFF000000 | (id == 0 ? rgb : blend(rgb, DavisPalette.rgb(id)));
      }
    }
    WritableImage image = new WritableImage(w, h);
    image.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
    picture.setImage(image);
  }

  private static int blend(int a, int b) {
    int r = (((a >> 16) & 0xFF) + ((b >> 16) & 0xFF)) / 2;
    int g = (((a >> 8) & 0xFF) + ((b >> 8) & 0xFF)) / 2;
    int bl = ((a & 0xFF) + (b & 0xFF)) / 2;
    return (r << 16) | (g << 8) | bl;
  }

  @Override
  public void close() throws IOException {
    jobs.close();
    session.close();
  }
}
