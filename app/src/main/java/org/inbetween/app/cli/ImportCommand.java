package org.inbetween.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.inbetween.app.exchange.ImportRequest;
import org.inbetween.app.exchange.ImportSummary;
import org.inbetween.app.exchange.MaskSizePolicy;
import org.inbetween.app.exchange.ProjectImport;
import org.inbetween.app.project.NewProject;
import org.inbetween.app.task.ConsoleTaskRunner;
import org.inbetween.app.video.DavisLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code inbetween import}: a video, an image folder, frames plus masks, or a DAVIS sequence. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Create a project from a video file or an image folder.",
      "  import SOURCE --project DIR                        frames only",
      "  import FRAMES_DIR --masks MASKS_DIR --project DIR   masks become human masks",
      "  import DAVIS_ROOT --sequence NAME --project DIR     a DAVIS-layout sequence with its"
          + " annotations",
      "Nothing is left behind when the input is bad or the import is cancelled (Ctrl+C)."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "SOURCE",
      description = "Video file, image folder or DAVIS root.")
  Path source;

  @Option(
      names = "--project",
      required = true,
      paramLabel = "DIR",
      description = "New project folder (missing or empty).")
  Path project;

  @Option(
      names = "--name",
      paramLabel = "NAME",
      description =
          "The project's name, also its sequence name in exports (default: the video's file name"
              + " without extension, or the folder's name).")
  String name;

  @Option(
      names = "--masks",
      paramLabel = "DIR",
      description = "PNG masks matched to frames by file name.")
  Path masks;

  @Option(
      names = "--sequence",
      paramLabel = "NAME",
      description = "DAVIS sequence; SOURCE is then the DAVIS root.")
  String sequence;

  @Option(
      names = "--interval",
      paramLabel = "L",
      description = "Keyframe interval l (default: ${DEFAULT-VALUE}).")
  int interval = NewProject.DEFAULT_KEYFRAME_INTERVAL;

  @Option(
      names = "--fit-masks",
      paramLabel = "POLICY",
      description = "What to do with masks of another size: refuse (default) or pad-crop.",
      converter = SizePolicyConverter.class)
  MaskSizePolicy sizePolicy = MaskSizePolicy.REFUSE;

  @Option(
      names = "--author",
      paramLabel = "NAME",
      description = "Whose work the masks are (default: ${DEFAULT-VALUE}).")
  String author = "imported ground truth";

  @Override
  public Integer call() throws Exception {
    if (sequence != null && masks != null) {
      throw new IllegalArgumentException("--sequence and --masks exclude each other");
    }
    Path frames = source;
    Optional<Path> maskFolder = Optional.ofNullable(masks);
    if (sequence != null) {
      DavisLayout layout = DavisLayout.of(source, sequence);
      frames = layout.frames();
      maskFolder = Optional.of(layout.annotations());
    }
    ImportRequest request =
        new ImportRequest(
            frames, maskFolder, project, interval, sizePolicy, author, Optional.ofNullable(name));
    ImportSummary summary = new ConsoleTaskRunner(System.err).run(new ProjectImport(request));
    spec.commandLine().getOut().println(summary);
    summary.warnings().forEach(w -> spec.commandLine().getErr().println("warning: " + w));
    return ExitCodes.OK;
  }

  /** Accepts the policy names users type: refuse, pad-crop. */
  static final class SizePolicyConverter
      implements picocli.CommandLine.ITypeConverter<MaskSizePolicy> {
    @Override
    public MaskSizePolicy convert(String value) {
      return MaskSizePolicy.valueOf(
          value.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
  }
}
