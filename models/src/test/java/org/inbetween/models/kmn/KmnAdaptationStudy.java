package org.inbetween.models.kmn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.testdata.DavisSequence;
import org.inbetween.models.testdata.JfTally;

/**
 * Does fine-tuning the kmn decoder on a video's own keyframes help? For each sequence and interval:
 * the bundled decoder is trained further on reads between the keyframes (a keyframe read from its
 * neighbouring keyframes, one side or both, with their true masks), then the gaps are filled by the
 * bundled and the adapted decoder, alone and fused with warp by the trust rule, and scored with the
 * protocol of {@code bench pseudo-labels}.
 *
 * <pre>
 * tools/bench org.inbetween.models.kmn.KmnAdaptationStudy dog-agility,motorbike 20 100 1e-4 0.5
 * </pre>
 *
 * (sequences, intervals, steps, learning rate, chance that a query keyframe is partly hidden).
 */
public final class KmnAdaptationStudy {
  /** Trust scales tried for the fusion with the adapted read (the default is 0.25). */
  private static final float[] FULL_TRUSTS = {0.0625f, 0.125f, 0.25f, 0.5f, 1f, 2f, 4f};

  private KmnAdaptationStudy() {}

  public static void main(String[] args) throws IOException {
    List<String> sequences = List.of(args[0].split(","));
    int[] intervals = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
    int steps = Integer.parseInt(args[2]);
    float learningRate = Float.parseFloat(args[3]);
    double hide = Double.parseDouble(args[4]);
    System.out.println(
        "sequence,interval,kmn,kmn-adapted,trust,trust-adapted,adapt-s,"
            + IntStream.range(0, FULL_TRUSTS.length)
                .mapToObj(i -> "trust-adapted@" + FULL_TRUSTS[i])
                .collect(Collectors.joining(",")));
    for (int interval : intervals) {
      double[] total = new double[5 + FULL_TRUSTS.length];
      for (String sequence : sequences) {
        double[] scores = study(sequence, interval, steps, learningRate, hide);
        System.out.println(sequence + "," + interval + "," + row(scores));
        for (int s = 0; s < total.length; s++) {
          total[s] += scores[s] / sequences.size();
        }
      }
      System.out.println("mean," + interval + "," + row(total));
    }
  }

  private static String row(double[] scores) {
    return Arrays.stream(scores)
        .mapToObj(x -> String.format(Locale.ROOT, "%.4f", x))
        .collect(Collectors.joining(","));
  }

  private static double[] study(
      String sequence, int interval, int steps, float learningRate, double hide)
      throws IOException {
    DavisSequence davis = new DavisSequence(sequence);
    Frames frames = davis.frames();
    List<Integer> keyframes = davis.keyframes(interval);
    Path adapted = Files.createTempFile("kmn-adapted", ".params");
    long start = System.nanoTime();
    adapt(davis, keyframes, steps, learningRate, hide, adapted);
    double seconds = (System.nanoTime() - start) / 1e9;
    JfTally kmn = new JfTally();
    JfTally kmnAdapted = new JfTally();
    JfTally trusted = new JfTally();
    JfTally trustAdapted = new JfTally();
    JfTally[] scaled = new JfTally[FULL_TRUSTS.length];
    Arrays.setAll(scaled, i -> new JfTally());
    GeneratorSettings settings = GeneratorSettings.defaults();
    try (FlowGuidance guidance = new FlowGuidance(frames, settings);
        KmnGenerator bundled = KmnGeneratorFactory.memory(frames, settings);
        KmnGenerator own =
            KmnGeneratorFactory.memory(
                frames,
                settings.withOption(KmnGeneratorFactory.DECODER_OPTION, adapted.toString()))) {
      for (int g = 0; g + 1 < keyframes.size(); g++) {
        SoftMask before = davis.truth(keyframes.get(g));
        SoftMask after = davis.truth(keyframes.get(g + 1));
        for (int k = before.frame() + 1; k < after.frame(); k++) {
          PseudoLabelRequest request = new PseudoLabelRequest(k, before, after);
          float[] warp = guidance.warpBlend(request);
          float[] trustBefore = guidance.trust(before, k);
          float[] trustAfter = guidance.trust(after, k);
          float[] trust = new float[warp.length];
          for (int p = 0; p < warp.length; p++) {
            trust[p] =
                request.weightBefore() * trustBefore[p] + request.weightAfter() * trustAfter[p];
          }
          float[] read = bundled.generate(request).probabilities();
          float[] readAdapted = own.generate(request).probabilities();
          boolean[] truth = davis.truth(k).threshold(0.5f);
          int width = before.width();
          int height = before.height();
          kmn.add(read, truth, width, height);
          kmnAdapted.add(readAdapted, truth, width, height);
          trusted.add(fuse(trust, FusedGenerator.FULL_TRUST, warp, read), truth, width, height);
          trustAdapted.add(
              fuse(trust, DecoderAdaptation.FULL_TRUST, warp, readAdapted), truth, width, height);
          for (int i = 0; i < FULL_TRUSTS.length; i++) {
            scaled[i].add(fuse(trust, FULL_TRUSTS[i], warp, readAdapted), truth, width, height);
          }
        }
      }
    } finally {
      Files.deleteIfExists(adapted);
    }
    double[] scores = new double[5 + FULL_TRUSTS.length];
    scores[0] = kmn.meanJf();
    scores[1] = kmnAdapted.meanJf();
    scores[2] = trusted.meanJf();
    scores[3] = trustAdapted.meanJf();
    scores[4] = seconds;
    for (int i = 0; i < FULL_TRUSTS.length; i++) {
      scores[5 + i] = scaled[i].meanJf();
    }
    return scores;
  }

  /** The trust fusion of {@code warp} and {@code read} with the given full trust. */
  private static float[] fuse(float[] trust, float fullTrust, float[] warp, float[] read) {
    float[] out = new float[read.length];
    for (int p = 0; p < out.length; p++) {
      float c = FusedGenerator.relianceOf(trust[p], fullTrust);
      out[p] = c * warp[p] + (1 - c) * read[p];
    }
    return out;
  }

  /** Fine-tunes the bundled decoder on the keyframes; writes it to {@code out}. */
  private static void adapt(
      DavisSequence davis,
      List<Integer> keyframes,
      int steps,
      float learningRate,
      double hide,
      Path out)
      throws IOException {
    List<DecoderAdaptation.Keyframe> inputs = new ArrayList<>();
    for (int k : keyframes) {
      inputs.add(
          new DecoderAdaptation.Keyframe(
              davis.frames().frame(k), List.of(davis.truth(k).probabilities())));
    }
    DecoderAdaptation.adapt(
        inputs,
        new DecoderAdaptation.Recipe(steps, learningRate, hide, 1),
        out,
        (step, loss) -> {},
        () -> false);
  }
}
