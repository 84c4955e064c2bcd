package org.inbetween.app.exchange.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.inbetween.app.exchange.loaders.RcrnetDavis2016Reader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A davis-saliency export is a {@code --data} folder for RCRNet-Pytorch: its loader finds the
 * dataset under {@code DAVIS2016/}, every frame (it looks labelled frames up by name among them),
 * and 0/255 gray labels. The recipe in docs/formats-datasets.md uses the same paths.
 */
class RcrnetLayoutTest {
  @TempDir Path tmp;

  @Test
  void aSparselyLabelledSequenceReadsAsRcrnetsDavis2016() throws IOException {
    Path project = ExportFixtures.importSparseDavis("car-shadow", 5, tmp.resolve("car-shadow"));
    Path data = tmp.resolve("datasets");

    ExportFixtures.export(project, "davis-saliency", data, ExportOptions.defaults());

    assertEquals(
        List.of(0, 5, 10, 15, 20, 25, 30, 35),
        RcrnetDavis2016Reader.labelledFrames(data, "car-shadow"));
    assertFalse(Files.exists(data.resolve("JPEGImages")), "the layout lies under DAVIS2016/");
    assertTrue(Files.isRegularFile(data.resolve("DAVIS2016/ImageSets/2017/train.txt")));
  }

  @Test
  void theDocumentedRecipeUsesTheDavis2016Root() throws IOException {
    String guide = Files.readString(Path.of("..", "docs", "formats-datasets.md"));
    String recipe = guide.substring(guide.indexOf("## Training the reference RCRNet+NER"));

    assertTrue(recipe.contains("--format davis-saliency --include human --out data/datasets"));
    assertTrue(recipe.contains("data/datasets/DAVIS2016/JPEGImages/480p"), recipe);
    assertTrue(recipe.contains("data/pseudo-labels/1_5/DAVIS2016"), recipe);
  }
}
