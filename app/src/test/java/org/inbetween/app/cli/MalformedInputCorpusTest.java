package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.inbetween.app.project.store.FolderHash;
import org.inbetween.models.image.Masks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The malformed-input corpus: every way of damaging an input that the suite knows, each run through
 * the command line against its own copy of well-formed fixtures. For each the contract is the same:
 * exit code 3, a message naming the file (or the option) at fault, no stack trace, and nothing
 * changed on disk (a digest of every name and byte under the case's folder is equal before and
 * after; no output or parent folder appears).
 */
class MalformedInputCorpusTest {
  @TempDir static Path shared;
  @TempDir Path work;
  private static CorpusFixtures fixtures;

  @BeforeAll
  static void build() throws IOException {
    fixtures = CorpusFixtures.build(shared);
  }

  /**
   * One row of the corpus: how to damage a copy of the fixtures, and the command that must refuse.
   */
  @FunctionalInterface
  interface Damage {
    /**
     * Damages inputs under {@code work}; returns the command line and the text the message names.
     */
    Case apply(Path work) throws IOException;
  }

  record Case(List<String> args, String names) {
    static Case of(String names, String... args) {
      return new Case(List.of(args), names);
    }
  }

  static Stream<Arguments> corpus() {
    return Stream.of(
        row(
            "journal: complete last line with a bad checksum (info)",
            MalformedInputCorpusTest::badLastLine),
        row(
            "journal: complete last line with a bad checksum (export)",
            w -> exportOf(badLastLine(w), w)),
        row("journal: damaged line before intact ones", MalformedInputCorpusTest::badMiddleLine),
        row("journal: deleted", MalformedInputCorpusTest::deletedJournal),
        row("journal: cut shorter than project.json", MalformedInputCorpusTest::cutJournal),
        row(
            "journal: line naming a frame the project lacks",
            MalformedInputCorpusTest::frameOutOfRange),
        row(
            "project.json: journalSeq = Long.MAX",
            w -> projectJson(w, "\"journalSeq\" : \\d+", "\"journalSeq\" : 9223372036854775807")),
        row("project.json: fps -25", w -> projectJson(w, "\"fps\" : [0-9.]+", "\"fps\" : -25.0")),
        row(
            "project.json: keyframeInterval 2147483647",
            w ->
                projectJson(w, "\"keyframeInterval\" : \\d+", "\"keyframeInterval\" : 2147483647")),
        row("project.json: unreadable, no backup", w -> projectJson(w, "^\\{", "[")),
        row(
            "project mask PNG of another size (export)",
            MalformedInputCorpusTest::maskOfAnotherSize),
        row(
            "project mask PNG with an undeclared palette index (export)",
            MalformedInputCorpusTest::undeclaredIndex),
        row(
            "project mask PNG in 16-bit grayscale (export)",
            MalformedInputCorpusTest::sixteenBitInProject),
        row("import: 16-bit grayscale mask", MalformedInputCorpusTest::sixteenBitImport),
        row("import: mask of another size", MalformedInputCorpusTest::importWrongSize),
        row("import: mask that matches no frame", MalformedInputCorpusTest::importNoFrame),
        row("import: --interval 2147483647", MalformedInputCorpusTest::importHugeInterval),
        row(
            "import-dataset: manifest \"frame\": \"three\"",
            w -> manifest(w, "\"frame\" : 5", "\"frame\" : \"three\"")),
        row(
            "import-dataset: manifest fps -25",
            w -> manifest(w, "\"fps\" : [0-9.]+", "\"fps\" : -25")),
        row(
            "import-dataset: manifest frame 99 of 8",
            w -> manifest(w, "\"frame\" : 5", "\"frame\" : 99")),
        row("import-dataset: COCO image file missing", MalformedInputCorpusTest::cocoMissingImage),
        row("export: --height 100000", MalformedInputCorpusTest::hugeHeight),
        row("export: target folder not empty", MalformedInputCorpusTest::targetNotEmpty));
  }

  private static Arguments row(String name, Damage damage) {
    return Arguments.of(name, damage);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void isRefusedNamingTheFileAndChangesNothing(String name, Damage damage) throws IOException {
    Case c = damage.apply(work);
    String before = FolderHash.of(work);

    CliRun run = CliRun.of(c.args().toArray(String[]::new));

    assertEquals(ExitCodes.BAD_INPUT, run.exitCode(), name + ": " + run.err());
    assertTrue(
        run.err().contains(c.names()), name + " should name " + c.names() + ": " + run.err());
    assertFalse(run.err().contains("\tat "), name + ": stack trace: " + run.err());
    assertFalse(run.err().contains("internal error"), name + ": " + run.err());
    assertEquals(before, FolderHash.of(work), name + ": the folder changed");
  }

  // --- journal and project.json ---

  private static Path project(Path w) throws IOException {
    return CorpusFixtures.copy(fixtures.project, w.resolve("p"));
  }

  private static Case info(Path project, String names) {
    return Case.of(names, "info", "--project", project.toString());
  }

  private static Case badLastLine(Path w) throws IOException {
    Path p = project(w);
    List<String> lines = Files.readAllLines(p.resolve("journal.log"));
    int last = lines.size() - 1;
    lines.set(last, lines.get(last).replace("\"author\"", "\"authoR\""));
    Files.write(p.resolve("journal.log"), lines);
    return info(p, p.resolve("journal.log") + ": line " + lines.size());
  }

  private static Case exportOf(Case damaged, Path w) {
    Path p = Path.of(damaged.args().get(2));
    return Case.of(
        p.resolve("journal.log").toString(),
        "export",
        "--project",
        p.toString(),
        "--format",
        "davis",
        "--out",
        w.resolve("out/ds").toString());
  }

  private static Case badMiddleLine(Path w) throws IOException {
    Path p = project(w);
    List<String> lines = Files.readAllLines(p.resolve("journal.log"));
    lines.set(0, lines.get(0).replace("\"", "'"));
    Files.write(p.resolve("journal.log"), lines);
    return info(p, p.resolve("journal.log") + ": line 1");
  }

  private static Case deletedJournal(Path w) throws IOException {
    Path p = project(w);
    Files.delete(p.resolve("journal.log"));
    return info(p, p.resolve("journal.log") + ": is missing");
  }

  private static Case cutJournal(Path w) throws IOException {
    Path p = project(w);
    List<String> lines = Files.readAllLines(p.resolve("journal.log"));
    Files.write(p.resolve("journal.log"), lines.subList(0, 1));
    return info(p, p.resolve("journal.log") + ": ends at edit 1");
  }

  private static Case frameOutOfRange(Path w) throws IOException {
    Path p = project(w);
    Path journal = p.resolve("journal.log");
    List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
    int last = lines.size() - 1;
    String json = lines.get(last).substring(9).replaceFirst("\"frame\":\\d+", "\"frame\":9999");
    java.util.zip.CRC32 crc = new java.util.zip.CRC32();
    crc.update(json.getBytes(StandardCharsets.UTF_8));
    lines.set(last, String.format("%08x ", crc.getValue()) + json);
    Files.write(journal, lines, StandardCharsets.UTF_8);
    Files.writeString(
        p.resolve("project.json"),
        Files.readString(p.resolve("project.json"))
            .replaceFirst("\"journalSeq\" : \\d+", "\"journalSeq\" : 0")
            .replaceFirst("\"journalEnd\" : \\d+", "\"journalEnd\" : 0"));
    Files.deleteIfExists(p.resolve("project.json.bak"));
    return info(p, journal.toString());
  }

  private static Case projectJson(Path w, String regex, String replacement) throws IOException {
    Path p = project(w);
    Path json = p.resolve("project.json");
    String text = Files.readString(json);
    String damaged = text.replaceFirst(regex, replacement);
    assertFalse(damaged.equals(text), "the damage " + regex + " applies");
    Files.writeString(json, damaged);
    Files.deleteIfExists(p.resolve("project.json.bak"));
    return info(p, json.toString());
  }

  // --- mask PNGs inside a project, met by export ---

  private static Case exportProject(Path p, Path w, String names) {
    return Case.of(
        names,
        "export",
        "--project",
        p.toString(),
        "--format",
        "davis",
        "--out",
        w.resolve("out/ds").toString());
  }

  private static Case maskOfAnotherSize(Path w) throws IOException {
    Path p = project(w);
    Path png = p.resolve("masks/human/00005.png");
    boolean[] region = new boolean[40 * 30];
    region[0] = true;
    CorpusFixtures.writeMask(Masks.fromBinary(5, 40, 30, region, 2), png);
    return exportProject(p, w, png + ": mask is 40x30");
  }

  private static Case undeclaredIndex(Path w) throws IOException {
    Path p = project(w);
    Path png = p.resolve("masks/human/00005.png");
    CorpusFixtures.writeMask(CorpusFixtures.rect(5, 7), png);
    return exportProject(p, w, png + ": pixels of palette index 7");
  }

  private static Case sixteenBitInProject(Path w) throws IOException {
    Path p = project(w);
    Path png = p.resolve("masks/human/00005.png");
    writeSixteenBit(png);
    return exportProject(p, w, png + ": a 16-bit PNG");
  }

  private static void writeSixteenBit(Path file) throws IOException {
    BufferedImage image =
        new BufferedImage(
            CorpusFixtures.WIDTH, CorpusFixtures.HEIGHT, BufferedImage.TYPE_USHORT_GRAY);
    for (int y = 2; y < 8; y++) {
      for (int x = 3; x < 9; x++) {
        image.getRaster().setSample(x, y, 0, 1);
      }
    }
    ImageIO.write(image, "png", file.toFile());
  }

  // --- import ---

  private static Case importMasks(Path w, Path masks, String names, String... extra) {
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "import",
                fixtures.frames.toString(),
                "--masks",
                masks.toString(),
                "--project",
                w.resolve("new/project").toString()));
    args.addAll(List.of(extra));
    return new Case(args, names);
  }

  private static Case sixteenBitImport(Path w) throws IOException {
    Path masks = CorpusFixtures.copy(fixtures.masks, w.resolve("masks"));
    writeSixteenBit(masks.resolve("00005.png"));
    return importMasks(w, masks, masks.resolve("00005.png") + ": a 16-bit PNG");
  }

  private static Case importWrongSize(Path w) throws IOException {
    Path masks = CorpusFixtures.copy(fixtures.masks, w.resolve("masks"));
    CorpusFixtures.writeMask(Masks.empty(5, 31, 24), masks.resolve("00005.png"));
    return importMasks(w, masks, masks.resolve("00005.png") + ": mask is 31x24");
  }

  private static Case importNoFrame(Path w) throws IOException {
    Path masks = CorpusFixtures.copy(fixtures.masks, w.resolve("masks"));
    CorpusFixtures.writeMask(CorpusFixtures.rect(0, 1), masks.resolve("00042.png"));
    return importMasks(w, masks, masks.resolve("00042.png").toString());
  }

  private static Case importHugeInterval(Path w) throws IOException {
    Path masks = CorpusFixtures.copy(fixtures.masks, w.resolve("masks"));
    return importMasks(w, masks, "keyframe interval must be 1..8", "--interval", "2147483647");
  }

  // --- import-dataset ---

  private static Case manifest(Path w, String regex, String replacement) throws IOException {
    Path dataset = CorpusFixtures.copy(fixtures.davis, w.resolve("davis"));
    Path manifest = dataset.resolve("inbetween-manifest.json");
    String text = Files.readString(manifest);
    String damaged = text.replaceFirst(regex, replacement);
    assertFalse(damaged.equals(text), "the damage " + regex + " applies");
    Files.writeString(manifest, damaged);
    return Case.of(
        manifest.toString(),
        "import-dataset",
        dataset.toString(),
        "--format",
        "davis",
        "--project",
        w.resolve("new/project").toString());
  }

  private static Case cocoMissingImage(Path w) throws IOException {
    Path dataset = CorpusFixtures.copy(fixtures.coco, w.resolve("coco"));
    Path image;
    try (Stream<Path> files = Files.walk(dataset)) {
      image =
          files
              .filter(f -> f.getFileName().toString().matches("0*7\\.(jpg|png)"))
              .findFirst()
              .orElseThrow();
    }
    Files.delete(image);
    return Case.of(
        image.toString(),
        "import-dataset",
        dataset.toString(),
        "--format",
        "coco",
        "--project",
        w.resolve("new/project").toString());
  }

  // --- export arguments ---

  private static Case hugeHeight(Path w) throws IOException {
    Path p = project(w);
    return Case.of(
        "--height",
        "export",
        "--project",
        p.toString(),
        "--format",
        "davis",
        "--out",
        w.resolve("new/parent/ds").toString(),
        "--height",
        "100000");
  }

  private static Case targetNotEmpty(Path w) throws IOException {
    Path p = project(w);
    Path out = Files.createDirectories(w.resolve("out"));
    Files.writeString(out.resolve("keep.txt"), "mine");
    return Case.of(
        out.toString(),
        "export",
        "--project",
        p.toString(),
        "--format",
        "davis",
        "--out",
        out.toString());
  }
}
