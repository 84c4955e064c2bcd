package org.inbetween.models.kmn;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.imageio.ImageIO;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.Masks;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.BoundaryAccuracy;
import org.inbetween.models.metrics.DiskDilation;
import org.inbetween.models.metrics.RegionSimilarity;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.KeyframeMasks;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.testdata.SharedData;

/**
 * Scores candidate rules for fusing the {@code warp} blend with the memory read, all from one pass
 * per sequence and interval (the maps are computed once and every rule is applied to them), with
 * the protocol of {@code bench pseudo-labels}: keyframes every l frames and the last, the frames
 * between scored with J and F. The rules and their scores on the held-out train sequences are in
 * docs/benchmarks.md ("Choosing the fusion"); the shipped rules are {@link Fusion}'s.
 *
 * <pre>
 * tools/bench org.inbetween.models.kmn.FusionRuleStudy dog-agility,motorbike,bus 20,40
 * </pre>
 */
public final class FusionRuleStudy {
  private FusionRuleStudy() {}

  /** Everything a rule may look at on one frame: the warp blend, the read, each side's trust. */
  record Maps(
      float[] warp,
      float[] read,
      float[] trustBefore,
      float[] trustAfter,
      float weightBefore,
      float weightAfter,
      int width,
      int height) {
    float trust(int p) {
      return weightBefore * trustBefore[p] + weightAfter * trustAfter[p];
    }
  }

  /** A fusion rule: the soft mask it makes of one frame's maps. */
  interface Rule {
    float[] fuse(Maps maps);
  }

  public static void main(String[] args) throws IOException {
    List<String> sequences = List.of(args[0].split(","));
    int[] intervals = Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray();
    Map<String, Rule> rules = rules();
    System.out.print("sequence,interval");
    for (String name : rules.keySet()) {
      System.out.print("," + name);
    }
    System.out.println();
    Map<String, double[]> totals = new LinkedHashMap<>();
    for (int interval : intervals) {
      for (String sequence : sequences) {
        double[] scores = study(sequence, interval, rules);
        System.out.print(sequence + "," + interval);
        for (double score : scores) {
          System.out.printf(Locale.ROOT, ",%.4f", score);
        }
        System.out.println();
        double[] total =
            totals.computeIfAbsent("mean l=" + interval, k -> new double[scores.length]);
        for (int r = 0; r < scores.length; r++) {
          total[r] += scores[r] / sequences.size();
        }
      }
    }
    totals.forEach(
        (name, total) -> {
          System.out.print(name);
          for (double score : total) {
            System.out.printf(Locale.ROOT, ",%.4f", score);
          }
          System.out.println();
        });
  }

  private static Map<String, Rule> rules() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    rules.put("warp", m -> m.warp());
    rules.put("kmn", m -> m.read());
    rules.put("certainty", m -> blend(m, p -> Math.abs(2 * m.warp()[p] - 1)));
    rules.put("trust", m -> blend(m, p -> FusedGenerator.relianceOf(m.trust(p))));
    rules.put(
        "max-cert-trust",
        m ->
            blend(
                m,
                p ->
                    Math.max(
                        Math.abs(2 * m.warp()[p] - 1), FusedGenerator.relianceOf(m.trust(p)))));
    for (int radius : new int[] {3, 6, 12}) {
      rules.put(
          "band" + radius + "-trust",
          m -> {
            boolean[] structural = structuralDisagreement(m, radius);
            return blend(m, p -> structural[p] ? FusedGenerator.relianceOf(m.trust(p)) : 1f);
          });
    }
    rules.put(
        "band6-kmn",
        m -> {
          boolean[] structural = structuralDisagreement(m, 6);
          return blend(m, p -> structural[p] ? 0f : 1f);
        });
    return rules;
  }

  /** The c of {@code p = c·w + (1 − c)·k} at pixel p. */
  interface Reliance {
    float at(int p);
  }

  private static float[] blend(Maps m, Reliance reliance) {
    float[] out = new float[m.warp().length];
    for (int p = 0; p < out.length; p++) {
      float c = reliance.at(p);
      out[p] = c * m.warp()[p] + (1 - c) * m.read()[p];
    }
    return out;
  }

  /** Where warp and read disagree by more than a band of {@code radius} around the edges. */
  private static boolean[] structuralDisagreement(Maps m, int radius) {
    int n = m.warp().length;
    boolean[] agree = new boolean[n];
    for (int p = 0; p < n; p++) {
      agree[p] = (m.warp()[p] > 0.5f) == (m.read()[p] > 0.5f);
    }
    DiskDilation disk = new DiskDilation(radius);
    boolean[] eroded = disk.apply(agree, m.width(), m.height());
    for (int p = 0; p < n; p++) {
      eroded[p] = !eroded[p];
    }
    return disk.apply(eroded, m.width(), m.height());
  }

  private static double[] study(String sequence, int interval, Map<String, Rule> rules)
      throws IOException {
    Path folder = SharedData.davis().resolve("JPEGImages/480p/" + sequence);
    int count = folder.toFile().list().length;
    Frames frames =
        index ->
            RgbImage.fromBufferedImage(
                ImageIO.read(folder.resolve(String.format("%05d.jpg", index)).toFile()));
    List<Integer> keyframes = new ArrayList<>();
    for (int k = 0; k < count - 1; k += interval) {
      keyframes.add(k);
    }
    keyframes.add(count - 1);
    double[] jSum = new double[rules.size()];
    double[] fSum = new double[rules.size()];
    int scored = 0;
    GeneratorSettings settings = GeneratorSettings.defaults();
    try (FlowGuidance guidance = new FlowGuidance(frames, settings);
        KmnGenerator memory = KmnGeneratorFactory.memory(frames, settings)) {
      for (int g = 0; g + 1 < keyframes.size(); g++) {
        SoftMask before = truth(sequence, keyframes.get(g));
        SoftMask after = truth(sequence, keyframes.get(g + 1));
        for (int k = before.frame() + 1; k < after.frame(); k++) {
          PseudoLabelRequest request = new PseudoLabelRequest(k, before, after);
          Maps maps =
              new Maps(
                  guidance.warpBlend(request),
                  memory.generate(request).probabilities(),
                  guidance.trust(before, k),
                  guidance.trust(after, k),
                  request.weightBefore(),
                  request.weightAfter(),
                  before.width(),
                  before.height());
          boolean[] truth = truth(sequence, k).threshold(0.5f);
          int r = 0;
          for (Rule rule : rules.values()) {
            float[] fused = rule.fuse(maps);
            boolean[] predicted = new boolean[fused.length];
            for (int p = 0; p < fused.length; p++) {
              predicted[p] = fused[p] > 0.5f;
            }
            jSum[r] += RegionSimilarity.jaccard(predicted, truth, null);
            fSum[r] +=
                BoundaryAccuracy.fMeasure(predicted, truth, null, maps.width(), maps.height());
            r++;
          }
          scored++;
        }
      }
    }
    double[] jf = new double[rules.size()];
    for (int r = 0; r < jf.length; r++) {
      jf[r] = (jSum[r] + fSum[r]) / (2.0 * scored);
    }
    return jf;
  }

  private static SoftMask truth(String sequence, int frame) {
    try {
      return KeyframeMasks.of(Masks.fromPng(SharedData.davisMask(sequence, frame), frame), 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
