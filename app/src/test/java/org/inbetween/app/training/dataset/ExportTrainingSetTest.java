package org.inbetween.app.training.dataset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.inbetween.app.exchange.export.ExportInput;
import org.inbetween.app.exchange.export.ExportManifest;
import org.inbetween.app.exchange.export.LabelSource;
import org.inbetween.app.training.ExportTriples;
import org.inbetween.models.fgplg.FgplgTriples;
import org.inbetween.models.fgplg.Triple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Exports of a reviewed DAVIS project read back as training data, with the manifest's rules. */
class ExportTrainingSetTest {
  @TempDir static Path tmp;
  static Path project;

  /** One export: the project as "dogs" (train) and again as "dogs-val" (val). */
  static Path export;

  @BeforeAll
  static void reviewedExport() throws IOException {
    export = ReviewedExport.trainAndVal(tmp);
    project = tmp.resolve("project");
  }

  @Test
  void eachFrameHasItsSourceRoleAndWeight() throws IOException {
    LabelRules rules = new LabelRules(false, LabelWeights.parse("accepted=0.5"));
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), rules)) {
      TrainingSequence dogs = set.sequence("dogs").orElseThrow();
      assertEquals(25, dogs.frameCount());
      assertFrame(dogs.frame(0), LabelSource.HUMAN_KEYFRAME, FrameRole.TRUTH, 1f);
      assertFrame(dogs.frame(1), LabelSource.ACCEPTED, FrameRole.PSEUDO, 0.5f);
      assertFrame(dogs.frame(2), LabelSource.CORRECTED, FrameRole.TRUTH, 1f);
      assertFrame(dogs.frame(3), LabelSource.PSEUDO_UNREVIEWED, FrameRole.UNLABELLED, 0f);
      assertFrame(dogs.frame(4), LabelSource.EXCLUDED, FrameRole.UNLABELLED, 0f);
      assertFrame(dogs.frame(12), LabelSource.PSEUDO_UNREVIEWED, FrameRole.UNLABELLED, 0f);
      assertFrame(dogs.frame(17), null, FrameRole.UNLABELLED, 0f);
      assertEquals(
          Map.of(FrameRole.TRUTH, 6, FrameRole.PSEUDO, 5, FrameRole.UNLABELLED, 14),
          dogs.roleCounts());
      assertTrue(Files.isRegularFile(dogs.frame(3).image()), "every frame keeps its image");
      assertNotNull(dogs.frame(1).maskFile(), "a DAVIS target is a PNG");
      assertNull(dogs.frame(3).maskFile(), "an unused unreviewed label is no target");
      assertTrue(
          Files.isRegularFile(export.resolve("Annotations/480p/dogs/00003.png")),
          "the unreviewed PNG is in the dataset: only the manifest says not to use it");
    }
  }

  @Test
  void unreviewedLabelsAreTargetsWhenAskedForWithTheirWeight() throws IOException {
    LabelRules rules = new LabelRules(true, LabelWeights.parse("unreviewed=0.25"));
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), rules)) {
      TrainingSequence dogs = set.sequence("dogs").orElseThrow();
      assertFrame(dogs.frame(3), LabelSource.PSEUDO_UNREVIEWED, FrameRole.PSEUDO, 0.25f);
      assertFrame(dogs.frame(1), LabelSource.ACCEPTED, FrameRole.PSEUDO, 1f);
      assertFrame(dogs.frame(4), LabelSource.EXCLUDED, FrameRole.UNLABELLED, 0f);
      assertEquals(3, set.mask(dogs, dogs.frame(3)).frame());
      assertTrue(set.mask(dogs, dogs.frame(3)).objectIds().length > 0, "the dog is there");
    }
  }

  /** The manifest names the format, so every format's export reads alike. */
  @ParameterizedTest
  @ValueSource(strings = {"youtube-vos", "coco", "davis-saliency"})
  void everyExportFormatReadsWithTheSameRules(String format) throws IOException {
    Path other =
        ReviewedExport.export(
            format, tmp.resolve(format), new ExportInput(project, "dogs", "train"));
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(other), LabelRules.defaults())) {
      TrainingSequence dogs = set.sequence("dogs").orElseThrow();
      assertFrame(dogs.frame(1), LabelSource.ACCEPTED, FrameRole.PSEUDO, 1f);
      assertFrame(dogs.frame(3), LabelSource.PSEUDO_UNREVIEWED, FrameRole.UNLABELLED, 0f);
      assertFrame(dogs.frame(4), LabelSource.EXCLUDED, FrameRole.UNLABELLED, 0f);
      assertTrue(set.mask(dogs, dogs.frame(2)).objectIds().length > 0, "the dog is there");
      assertEquals(format.equals("coco"), dogs.frame(2).maskFile() == null, "RLE has no file");
    }
  }

  @Test
  void excludedAndUnlabelledFramesHaveNoTarget() throws IOException {
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), LabelRules.defaults())) {
      TrainingSequence dogs = set.sequence("dogs").orElseThrow();
      for (int f : new int[] {3, 4, 17}) {
        int frame = f;
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> set.mask(dogs, dogs.frame(frame)));
        assertTrue(e.getMessage().contains("no target"), e.getMessage());
      }
      assertFalse(dogs.targets().stream().anyMatch(t -> t.index() == 4));
    }
  }

  @Test
  void theManifestSplitDecidesTrainingAndValidation() throws IOException {
    try (ExportTrainingSet set = ExportTrainingSet.open(List.of(export), LabelRules.defaults())) {
      assertEquals(List.of("dogs"), set.training().stream().map(TrainingSequence::name).toList());
      assertEquals(
          List.of("dogs-val"), set.validation().stream().map(TrainingSequence::name).toList());
      assertTrue(set.describe().contains("validation sequences [dogs-val]"), set.describe());
    }
  }

  @Test
  void fgplgTriplesNeverTouchAFrameTheRulesLeaveOut() throws IOException {
    List<Integer> interval = List.of(5);
    try (ExportTrainingSet reviewed =
            ExportTrainingSet.open(List.of(export), LabelRules.defaults());
        ExportTrainingSet all =
            ExportTrainingSet.open(
                List.of(export), new LabelRules(true, LabelWeights.defaults()))) {
      List<Triple> triples =
          ExportTriples.of(
              reviewed.sequence("dogs").orElseThrow(), interval, FgplgTriples.Middle.ALL);
      assertEquals(
          List.of(
              new Triple(0, 1, 5),
              new Triple(0, 2, 5),
              new Triple(5, 6, 10),
              new Triple(5, 7, 10),
              new Triple(5, 8, 10),
              new Triple(5, 9, 10)),
          triples);
      List<Triple> withUnreviewed =
          ExportTriples.of(all.sequence("dogs").orElseThrow(), interval, FgplgTriples.Middle.ALL);
      assertTrue(withUnreviewed.contains(new Triple(0, 3, 5)), withUnreviewed.toString());
      assertTrue(withUnreviewed.contains(new Triple(10, 12, 15)), withUnreviewed.toString());
      assertFalse(
          withUnreviewed.stream().anyMatch(t -> t.middle() == 4 || t.middle() > 15),
          "rejected and unlabelled frames are never targets: " + withUnreviewed);
    }
  }

  @Test
  void aMissingManifestIsAnErrorNamingIt() throws IOException {
    Path copy = copyOfExport("no-manifest");
    Files.delete(copy.resolve(ExportManifest.FILE_NAME));
    IOException e =
        assertThrows(
            IOException.class, () -> ExportTrainingSet.open(List.of(copy), LabelRules.defaults()));
    assertTrue(
        e.getMessage().contains(copy.resolve(ExportManifest.FILE_NAME) + ": missing"),
        e.getMessage());
  }

  @Test
  void aMalformedManifestIsAnErrorNamingIt() throws IOException {
    Path copy = copyOfExport("bad-source");
    Path manifest = copy.resolve(ExportManifest.FILE_NAME);
    Files.writeString(
        manifest, Files.readString(manifest).replace("\"ACCEPTED\"", "\"MAYBE_FINE\""));
    IOException e =
        assertThrows(
            IOException.class, () -> ExportTrainingSet.open(List.of(copy), LabelRules.defaults()));
    assertTrue(e.getMessage().startsWith(manifest + ": malformed manifest"), e.getMessage());
    assertTrue(e.getMessage().contains("MAYBE_FINE"), e.getMessage());

    Files.writeString(manifest, "{\"formatVersion\": 1,");
    IOException truncated =
        assertThrows(
            IOException.class, () -> ExportTrainingSet.open(List.of(copy), LabelRules.defaults()));
    assertTrue(truncated.getMessage().contains(manifest.toString()), truncated.getMessage());
  }

  @Test
  void aManifestThatDoesNotFitItsDatasetIsRefused() throws IOException {
    Path copy = copyOfExport("renamed");
    Path manifest = copy.resolve(ExportManifest.FILE_NAME);
    Files.writeString(manifest, Files.readString(manifest).replace("\"dogs-val\"", "\"cats\""));
    IOException e =
        assertThrows(
            IOException.class, () -> ExportTrainingSet.open(List.of(copy), LabelRules.defaults()));
    assertTrue(e.getMessage().startsWith(manifest.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("[cats, dogs]"), e.getMessage());
  }

  @Test
  void twoExportsWithTheSameSequenceNameAreRefusedNamingBoth() throws IOException {
    Path copy = copyOfExport("twin");
    IOException e =
        assertThrows(
            IOException.class,
            () -> ExportTrainingSet.open(List.of(export, copy), LabelRules.defaults()));
    assertTrue(e.getMessage().contains("\"dogs\" is in both " + export), e.getMessage());
    assertTrue(e.getMessage().contains(copy.toString()), e.getMessage());
  }

  @Test
  void weightsParseWithDefaultsAndRefuseNonsense() {
    assertEquals(new LabelWeights(1f, 1f, 1f, 0.5f), LabelWeights.parse(""));
    assertEquals(
        new LabelWeights(1f, 0.9f, 0.5f, 0.25f),
        LabelWeights.parse("human=1, corrected=0.9,accepted=0.5,unreviewed=0.25"));
    assertEquals(
        "--weight: unknown label source \"machine\"; known: human, corrected, accepted, unreviewed",
        assertThrows(IllegalArgumentException.class, () -> LabelWeights.parse("machine=1"))
            .getMessage());
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LabelWeights.parse("accepted=0"))
            .getMessage()
            .contains("accepted must be a positive number"));
    assertTrue(
        assertThrows(IllegalArgumentException.class, () -> LabelWeights.parse("accepted"))
            .getMessage()
            .contains("is not SOURCE=NUMBER"));
  }

  private static void assertFrame(
      TrainingFrame frame, LabelSource source, FrameRole role, float weight) {
    String what = "frame " + frame.index();
    assertEquals(source, frame.source(), what);
    assertEquals(role, frame.role(), what);
    assertEquals(weight, frame.weight(), what);
  }

  /** A copy of the export, to damage. */
  private static Path copyOfExport(String name) throws IOException {
    Path copy = tmp.resolve(name);
    try (var files = Files.walk(export)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Path target = copy.resolve(export.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return copy;
  }
}
