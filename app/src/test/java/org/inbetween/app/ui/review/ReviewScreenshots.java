package org.inbetween.app.ui.review;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.inbetween.app.task.Progress;
import org.inbetween.app.task.Task;

/**
 * Takes the review and shortcut screenshots for the docs, under a real display:
 *
 * <pre>
 * xvfb-run -a -s "-screen 0 1600x1000x24" java -cp "app/target/test-classes:app/target/classes:app/target/lib/*" \
 *     org.inbetween.app.ui.review.ReviewScreenshots docs/screenshots
 * </pre>
 */
public final class ReviewScreenshots {
  private ReviewScreenshots() {}

  public static void main(String[] args) throws Exception {
    Path out = Path.of(args.length > 0 ? args[0] : "docs/screenshots");
    Files.createDirectories(out);
    Path project = Files.createTempDirectory("inbetween-review-shot");
    CountDownLatch done = new CountDownLatch(1);
    Platform.startup(
        () -> {
          try {
            ReviewWorkbench bench = new ReviewWorkbench(new Stage(), project, "ana");
            bench.model.accept();
            bench.model.reject("misses the tail of the star");
            bench.model.next();
            bench.jobs.runAsync(slow("Pseudo-label frames 10\u201350", 0.42));
            bench.jobs.runAsync(slow("Train FGPLG on 12 keyframes", 0.1));
            pause(
                () -> {
                  save(bench, out.resolve("review.png"));
                  bench.help.show();
                  pause(
                      () -> {
                        save(bench, out.resolve("shortcuts.png"));
                        done.countDown();
                      });
                });
          } catch (Exception e) {
            e.printStackTrace();
            done.countDown();
          }
        });
    done.await(60, TimeUnit.SECONDS);
    Platform.exit();
    System.exit(0);
  }

  /** Lets layout, CSS and the jobs' first reports settle before a snapshot. */
  private static void pause(Runnable then) {
    javafx.animation.PauseTransition wait =
        new javafx.animation.PauseTransition(javafx.util.Duration.seconds(1.5));
    wait.setOnFinished(event -> then.run());
    wait.play();
  }

  private static void save(ReviewWorkbench bench, Path file) {
    try {
      BufferedImage image = SwingFXUtils.fromFXImage(bench.scene.snapshot(null), null);
      BufferedImage rgb =
          new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      rgb.createGraphics().drawImage(image, 0, 0, null);
      ImageIO.write(rgb, "png", file.toFile());
      System.out.println("saved " + file);
    } catch (Exception e) {
      throw new IllegalStateException("could not save " + file, e);
    }
  }

  /** A job that reaches {@code fraction} and then waits to be cancelled. */
  private static Task<Void> slow(String title, double fraction) {
    return new Task<>() {
      @Override
      public String title() {
        return title;
      }

      @Override
      public Void run(Progress progress) throws InterruptedException {
        int steps = (int) Math.round(fraction * 100);
        for (int i = 1; ; i++) {
          progress.checkCancelled();
          progress.update(Math.min(i, steps), 100, "frame " + (10 + Math.min(i, steps)));
          Thread.sleep(i < steps ? 10 : 200);
        }
      }
    };
  }
}
