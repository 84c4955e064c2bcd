package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.app.video.TestVideos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code import} tells a user about a bad or damaged video: in the user's words, FFmpeg's own
 * message only with {@code --verbose}, and a truncated file's missing frames counted.
 */
class ImportMessagesTest {
  @TempDir Path tmp;

  @Test
  void aFileThatIsNotAVideoIsSaidSoWithFfmpegsWordsBehindVerbose() throws Exception {
    Path notes = Files.writeString(tmp.resolve("notes.mp4"), "shopping list\n");

    CliRun plain = CliRun.of("import", notes.toString(), "--project", tmp.resolve("a").toString());
    assertEquals(ExitCodes.BAD_INPUT, plain.exitCode());
    assertTrue(plain.err().contains(notes + ": not a video FFmpeg can read"), plain.err());
    assertTrue(plain.err().contains("--verbose"), plain.err());
    assertFalse(plain.err().contains("avformat_open_input"), plain.err());
    assertFalse(Files.exists(tmp.resolve("a")), "nothing left behind");

    CliRun verbose =
        CliRun.of(
            "import", notes.toString(), "--project", tmp.resolve("b").toString(), "--verbose");
    assertEquals(ExitCodes.BAD_INPUT, verbose.exitCode());
    assertTrue(verbose.err().contains("not a video FFmpeg can read"), verbose.err());
    assertTrue(verbose.err().contains("because: avformat_open_input() error"), verbose.err());
  }

  @Test
  void anEmptyFileIsSaidToBeEmpty() throws Exception {
    Path empty = Files.createFile(tmp.resolve("clip.mov"));
    CliRun run = CliRun.of("import", empty.toString(), "--project", tmp.resolve("p").toString());
    assertEquals(ExitCodes.BAD_INPUT, run.exitCode());
    assertTrue(run.err().contains(empty + ": the file is empty"), run.err());
  }

  @Test
  void aTruncatedVideoImportsWithAWarningCountingPromisedAndDecodedFrames() throws Exception {
    Path cut = TestVideos.writeTruncated(tmp.resolve("cut.mp4"), 80);

    CliRun run = CliRun.of("import", cut.toString(), "--project", tmp.resolve("p").toString());

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    assertTrue(
        run.err().contains("warning: " + cut + ": the file promises 80 frames but only "),
        run.err());
    assertTrue(run.err().contains("it looks truncated"), run.err());
  }
}
