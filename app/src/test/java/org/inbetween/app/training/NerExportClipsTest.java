package org.inbetween.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.inbetween.app.exchange.dataset.DatasetImages;
import org.inbetween.app.exchange.export.LabelSource;
import org.inbetween.app.training.dataset.ExportTrainingSet;
import org.inbetween.app.training.dataset.LabelRules;
import org.inbetween.app.training.dataset.LabelWeights;
import org.inbetween.app.training.dataset.ReviewedExport;
import org.inbetween.app.training.dataset.TrainingFrame;
import org.inbetween.app.training.dataset.TrainingSequence;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.ner.NerFrame;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * RCRNet+NER clips from an export of a reviewed project ({@link ReviewedExport}): every clip frame
 * carries a target exactly where the manifest and the rules give one, at its weight, so an
 * unreviewed pseudo-label is a target only with {@code --use-unreviewed}; val sequences are never
 * drawn.
 */
class NerExportClipsTest {
  private static final int SIZE = 64;
  private static final int LENGTH = 4;
  private static final int CLIPS = 100;

  @TempDir static Path tmp;
  static Path export;
  static List<RgbImage> images = new ArrayList<>();

  @BeforeAll
  static void reviewedExport() throws IOException {
    export = ReviewedExport.trainAndVal(tmp);
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), LabelRules.defaults())) {
      for (TrainingFrame frame : set.sequence("dogs").orElseThrow().frames()) {
        images.add(DatasetImages.read(frame.image()));
      }
    }
  }

  @Test
  void unreviewedFramesCarryNoTargetByDefault() throws IOException {
    TreeSet<Integer> targeted =
        drawAndCheck(new LabelRules(false, LabelWeights.parse("accepted=0.5")));
    assertTrue(
        List.of(0, 1, 2, 5, 6, 7, 8, 9, 10, 15, 20).containsAll(targeted),
        "reviewed and drawn frames only: " + targeted);
  }

  @Test
  void unreviewedFramesAreTargetsWhenAskedFor() throws IOException {
    TreeSet<Integer> targeted =
        drawAndCheck(new LabelRules(true, LabelWeights.parse("unreviewed=0.25")));
    assertTrue(targeted.containsAll(List.of(3, 11, 12, 13, 14)), targeted.toString());
    assertFalse(targeted.contains(4), "the rejected frame stays unlabelled: " + targeted);
  }

  /**
   * Draws {@link #CLIPS} clips, checks every frame against the manifest's role and weight under
   * {@code rules}, and returns the frames seen with a target.
   */
  private static TreeSet<Integer> drawAndCheck(LabelRules rules) throws IOException {
    TreeSet<Integer> targeted = new TreeSet<>();
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), rules)) {
      TrainingSequence dogs = set.sequence("dogs").orElseThrow();
      NerExportClips clips = new NerExportClips(set, SIZE, null);
      assertEquals(25, clips.frames(), "only the train sequence is drawn from");
      assertEquals(dogs.targets().size(), clips.framesWithTargets());
      Random random = new Random(7);
      for (int c = 0; c < CLIPS; c++) {
        List<NerFrame> clip = clips.draw(random, LENGTH);
        assertEquals(LENGTH, clip.size());
        int start = images.indexOf(clip.get(0).image());
        assertTrue(start >= 0, "the clip starts on a frame of dogs");
        boolean any = false;
        for (int i = 0; i < LENGTH; i++) {
          TrainingFrame frame = dogs.frame(start + i);
          NerFrame drawn = clip.get(i);
          assertEquals(images.get(start + i), drawn.image(), "consecutive frames");
          assertEquals(frame.hasTarget(), drawn.hasTarget(), "frame " + frame.index());
          if (drawn.hasTarget()) {
            assertEquals(frame.weight(), drawn.weight(), "frame " + frame.index());
            assertEquals(SIZE, drawn.target().width());
            if (frame.source() == LabelSource.PSEUDO_UNREVIEWED) {
              assertTrue(rules.useUnreviewed(), "frame " + frame.index());
            }
            targeted.add(frame.index());
          }
          any |= drawn.hasTarget();
        }
        assertTrue(any, "every clip has a target");
      }
    }
    return targeted;
  }
}
