package org.inbetween.models.kmn;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.pseudo.GeneratorFactory;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;

/**
 * Makes {@link KmnGenerator}s; found by {@code GeneratorRegistry} through {@code
 * META-INF/services}. Options: {@code temperature} and {@code sigma} of the {@link KernelizedRead}
 * (defaults there), {@code decoder} ({@link KmnDecoderChoice}), {@code edges} ({@link ReadEdges});
 * {@link FusedGeneratorFactory} makes the fused method with the same options.
 */
public final class KmnGeneratorFactory implements GeneratorFactory {
  public static final String NAME = "kmn";

  /** The option setting the read's softmax temperature. */
  public static final String TEMPERATURE_OPTION = "temperature";

  /** The option setting the Gaussian kernel's width in grid cells. */
  public static final String SIGMA_OPTION = "sigma";

  /** The option naming the decoder: bundled, none, or a parameter file. */
  public static final String DECODER_OPTION = "decoder";

  /** The option naming where the mask's edges come from ({@link ReadEdges}). */
  public static final String EDGES_OPTION = "edges";

  /**
   * The edges used when none are named: guided, chosen on held-out DAVIS train sequences
   * (docs/benchmarks.md).
   */
  public static final ReadEdges DEFAULT_EDGES = ReadEdges.GUIDED;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "memory read of the keyframes' masks with KMN's Gaussian kernel on pretrained"
        + " MobileNetV2 keys, decoded to full resolution; fills from one keyframe too";
  }

  @Override
  public PseudoLabelGenerator create(Frames frames, GeneratorSettings settings) {
    return memory(frames, settings);
  }

  /** The memory read with the settings' options. */
  static KmnGenerator memory(Frames frames, GeneratorSettings settings) {
    float temperature = option(settings, TEMPERATURE_OPTION, KernelizedRead.DEFAULT_TEMPERATURE);
    float sigma = option(settings, SIGMA_OPTION, KernelizedRead.DEFAULT_SIGMA);
    String decoder = settings.options().getOrDefault(DECODER_OPTION, KmnDecoderChoice.BUNDLED);
    String edgesNamed = settings.options().get(EDGES_OPTION);
    ReadEdges edges = edgesNamed == null ? DEFAULT_EDGES : ReadEdges.parse(edgesNamed);
    KmnDecoderChoice choice;
    try {
      choice = KmnDecoderChoice.of(decoder);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the kmn decoder: " + e.getMessage(), e);
    }
    try {
      return new KmnGenerator(frames, new TrunkKeys(), choice, edges, temperature, sigma);
    } catch (IOException e) {
      choice.close();
      throw new UncheckedIOException(
          "cannot load the bundled MobileNetV2 trunk: " + e.getMessage(), e);
    }
  }

  /** The positive number the option {@code name} holds, {@code fallback} when it is not set. */
  static float option(GeneratorSettings settings, String name, float fallback) {
    String value = settings.options().get(name);
    if (value == null) {
      return fallback;
    }
    try {
      float parsed = Float.parseFloat(value);
      if (parsed > 0 && Float.isFinite(parsed)) {
        return parsed;
      }
    } catch (NumberFormatException notANumber) {
      // refused below with the same message as a number out of range
    }
    throw new IllegalArgumentException(
        "kmn option " + name + " must be a positive number, was \"" + value + "\"");
  }
}
