package org.inbetween.app.cli;

import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.flow.FlowRoute;
import org.inbetween.models.pseudo.GeneratorSettings;
import picocli.CommandLine.Option;

/**
 * The optical-flow options (and the trained model of methods that need one) shared by {@code
 * pseudo-label} and {@code bench pseudo-labels}; left out, each takes the default chosen in
 * docs/benchmarks-pseudo.md.
 */
final class FlowOptions {
  @Option(
      names = "--preset",
      paramLabel = "NAME",
      description =
          "DIS optical flow preset: ultrafast, fast or medium (default: ${DEFAULT-VALUE}).")
  String preset = GeneratorSettings.defaults().preset().label();

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
          "direct: one flow from each frame to a keyframe; chained: compose neighbour steps"
              + " (default: ${DEFAULT-VALUE}).")
  String route = GeneratorSettings.defaults().route().label();

  @Option(
      names = "--model",
      paramLabel = "DIR",
      description = "Trained checkpoint folder for --method fgplg (from 'inbetween train fgplg').")
  String model;

  /** The settings these options describe; bad names fail with the choices listed. */
  GeneratorSettings settings() {
    GeneratorSettings settings =
        GeneratorSettings.defaults()
            .withPreset(FlowPreset.parse(preset))
            .withFlowScale(flowScale)
            .withRoute(FlowRoute.parse(route));
    return model == null ? settings : settings.withOption("model", model);
  }
}
