package org.inbetween.models.pseudo;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.inbetween.models.flow.FlowPreset;
import org.inbetween.models.flow.FlowRoute;

/**
 * The knobs shared by flow-based generators, plus free-form options for the ones that need more (a
 * model file, a device).
 *
 * @param preset DIS preset
 * @param flowScale resolution of the flow relative to the frames, in (0, 1]
 * @param route one jump to the keyframe, or chained neighbour steps
 * @param flowCacheBytes bound on the memory of cached flows
 * @param options method-specific settings by name (e.g. "model" for fgplg)
 */
public record GeneratorSettings(
    FlowPreset preset,
    double flowScale,
    FlowRoute route,
    long flowCacheBytes,
    Map<String, String> options) {
  /** 256 MiB: about 80 flows of 854x480, several gaps of l = 10 in both directions. */
  public static final long DEFAULT_FLOW_CACHE_BYTES = 256L << 20;

  public GeneratorSettings {
    Objects.requireNonNull(preset, "preset");
    Objects.requireNonNull(route, "route");
    if (!(flowScale > 0 && flowScale <= 1)) {
      throw new IllegalArgumentException("flow scale must be in (0, 1], was " + flowScale);
    }
    options = Map.copyOf(options);
  }

  /** The defaults chosen on DAVIS train (docs/benchmarks.md, "warp: carried masks"). */
  public static GeneratorSettings defaults() {
    return new GeneratorSettings(
        FlowPreset.ULTRAFAST, 1.0, FlowRoute.CARRIED, DEFAULT_FLOW_CACHE_BYTES, Map.of());
  }

  public GeneratorSettings withPreset(FlowPreset newPreset) {
    return new GeneratorSettings(newPreset, flowScale, route, flowCacheBytes, options);
  }

  public GeneratorSettings withFlowScale(double newScale) {
    return new GeneratorSettings(preset, newScale, route, flowCacheBytes, options);
  }

  public GeneratorSettings withRoute(FlowRoute newRoute) {
    return new GeneratorSettings(preset, flowScale, newRoute, flowCacheBytes, options);
  }

  public GeneratorSettings withOption(String name, String value) {
    Map<String, String> more = new TreeMap<>(options);
    more.put(name, value);
    return new GeneratorSettings(preset, flowScale, route, flowCacheBytes, more);
  }

  /** The flow settings as provenance parameters. */
  public Map<String, String> flowParameters() {
    return Map.of(
        "preset", preset.label(), "flowScale", Double.toString(flowScale), "route", route.label());
  }
}
