package org.inbetween.app.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.inbetween.models.fgplg.FgplgGeneratorFactory;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.flow.FlowRoute;
import org.inbetween.models.kmn.DecoderAdaptation;
import org.inbetween.models.kmn.FusedGeneratorFactory;
import org.inbetween.models.kmn.Fusion;
import org.inbetween.models.kmn.KmnGeneratorFactory;
import org.inbetween.models.kmn.ReadEdges;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.train.ComputeDevice;
import org.inbetween.models.train.Devices;
import picocli.CommandLine.Option;

/**
 * The optical-flow options (and the trained model of methods that need one, with the device it runs
 * on) shared by {@code pseudo-label}, {@code bench pseudo-labels} and {@code adapt}; left out, each
 * takes the default chosen in docs/benchmarks.md. {@code adapt} has no {@code --method}, so these
 * descriptions name none (MethodHelpTest checks that every option a help names exists).
 */
final class FlowOptions {
  /** Left out: the project's flow ({@code inbetween flow}), or the generators' default. */
  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "DIS optical flow preset: ultrafast, fast or medium (default: the project's, set by"
              + " 'inbetween flow'; ultrafast for a new project and in benchmarks).")
  String preset;

  @Option(
      names = "--flow-scale",
      paramLabel = "S",
      description =
          "Compute flow at this fraction of the frame size, in (0,1] (default: ${DEFAULT-VALUE}).")
  double flowScale = GeneratorSettings.defaults().flowScale();

  @Option(
      names = "--route",
      paramLabel = "NAME",
      description =
          "direct: one flow from each frame to a keyframe; chained: compose neighbour steps;"
              + " carried: carry the mask itself from frame to frame (default: ${DEFAULT-VALUE}).")
  String route = GeneratorSettings.defaults().route().label();

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description =
          "Trained fgplg checkpoint folder (from 'inbetween train fgplg' or 'inbetween adapt';"
              + " default: the bundled model).")
  String model;

  /**
   * Left out, the generator picks (the GPU when there is one). Checked here, for every method, so
   * that {@code --device gpu} on a machine without CUDA is refused before any work starts rather
   * than silently ignored by a method that runs no network.
   */
  @Option(
      names = "--device",
      paramLabel = "NAME",
      description =
          "Where the fgplg network runs: cpu, gpu or auto (the GPU when there is one;"
              + " default).")
  String device;

  @Option(
      names = "--fusion",
      paramLabel = "NAME",
      description =
          "How kmn-warp and kmn-fgplg weigh the flow answer against the memory read: trust (the flow"
              + " chains' carried consistency; default) or certainty (the answer's own).")
  String fusion;

  @Option(
      names = "--kmn-edges",
      paramLabel = "NAME",
      description =
          "Where the edges of kmn's masks (alone and fused) come from: guided (the"
              + " decoder's mask snapped to the frame's colour edges by a guided filter; default)"
              + " or decoder (its 1/4-resolution mask, resized).")
  String kmnEdges;

  @Option(
      names = "--kmn-decoder",
      paramLabel = "FILE",
      description =
          "A kmn decoder adapted by 'inbetween adapt-kmn', for the kmn methods to use in place of"
              + " the bundled one (their fusions then rely on its read more).")
  Path kmnDecoder;

  /** The settings these options describe, on the generators' defaults (benchmarks). */
  GeneratorSettings settings() {
    return settings(GeneratorSettings.defaults());
  }

  /**
   * Refuses bad names and an unusable device before a command opens its project, whose flow the
   * settings are then made on ({@link #settings(GeneratorSettings)}).
   *
   * @throws IllegalArgumentException as {@link #settings(GeneratorSettings)}
   */
  void check() {
    settings();
  }

  /**
   * The settings these options describe, each option left out taken from {@code base} (a project's
   * {@code flowSettings()}); bad names fail with the choices listed.
   *
   * @throws IllegalArgumentException for an unknown device, or {@code gpu} where the engine finds
   *     no CUDA GPU
   */
  GeneratorSettings settings(GeneratorSettings base) {
    GeneratorSettings settings =
        base.withPreset(preset != null ? FlowPreset.parse(preset) : base.preset())
            .withFlowScale(flowScale)
            .withRoute(FlowRoute.parse(route));
    if (model != null) {
      settings = settings.withOption(FgplgGeneratorFactory.MODEL_OPTION, model);
    }
    if (device != null) {
      Devices.resolve(ComputeDevice.parse(device));
      settings = settings.withOption(FgplgGeneratorFactory.DEVICE_OPTION, device);
    }
    if (fusion != null) {
      settings =
          settings.withOption(FusedGeneratorFactory.FUSION_OPTION, Fusion.parse(fusion).label());
    }
    if (kmnEdges != null) {
      settings =
          settings.withOption(KmnGeneratorFactory.EDGES_OPTION, ReadEdges.parse(kmnEdges).label());
    }
    if (kmnDecoder != null) {
      if (!Files.isRegularFile(kmnDecoder)) {
        throw new IllegalArgumentException("--kmn-decoder " + kmnDecoder + ": no such file");
      }
      settings = DecoderAdaptation.settingsWith(settings, kmnDecoder);
    }
    return settings;
  }
}
