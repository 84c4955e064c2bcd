package org.inbetween.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuggestCommandTest {
  private static final Pattern ROW =
      Pattern.compile("(?m)^\\s+(\\d+)\\s+(\\d+)\\s+(gap|after|before) ");

  @TempDir Path tmp;

  @Test
  void suggestsFramesInsideTheGapsOfARealSequenceAndChangesNothing() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 30, 60).close();
    CliRun.of("pseudo-label", "--project", project.toString(), "--method", "warp");
    Map<Path, byte[]> before = BusKeyframes.files(project);

    CliRun run = CliRun.of("suggest", "--project", project.toString(), "--count", "2");

    assertEquals(ExitCodes.OK, run.exitCode(), run.err());
    Matcher rows = ROW.matcher(run.out());
    List<Integer> frames = rows.results().map(m -> Integer.parseInt(m.group(2))).toList();
    assertEquals(2, frames.size(), run.out());
    for (int frame : frames) {
      assertTrue(frame % 30 != 0, "frame " + frame + " is no keyframe: " + run.out());
    }
    assertTrue(
        Math.abs(frames.get(0) - frames.get(1)) >= 5, "suggestions spread out: " + run.out());
    assertEquals(before.keySet(), BusKeyframes.files(project).keySet());
  }

  @Test
  void aCountBelowOneIsRefused() throws Exception {
    Path project = tmp.resolve("bus");
    BusKeyframes.create(project, 0, 30).close();

    CliRun run = CliRun.of("suggest", "--project", project.toString(), "--count", "0");

    assertEquals(ExitCodes.USAGE, run.exitCode(), run.err());
    assertTrue(run.err().contains("--count"), run.err());
  }
}
