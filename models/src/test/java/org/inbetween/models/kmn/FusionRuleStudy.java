package org.inbetween.models.kmn;

import java.io.IOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.GuidedFilter;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.metrics.DiskDilation;
import org.inbetween.models.pseudo.FlowGuidance;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.testdata.DavisSequence;
import org.inbetween.models.testdata.JfTally;

/**
 * Scores candidate rules for fusing the {@code warp} blend with the memory read, all from one pass
 * per sequence and interval (the maps are computed once and every rule is applied to them), with
 * the protocol of {@code bench pseudo-labels}: keyframes every l frames and the last, the frames
 * between scored with J and F. The rules and their scores on the held-out train sequences are in
 * docs/benchmarks.md ("Choosing the fusion"); the shipped rules are {@link Fusion}'s.
 *
 * <pre>
 * tools/bench org.inbetween.models.kmn.FusionRuleStudy dog-agility,motorbike,bus 20,40
 * tools/bench org.inbetween.models.kmn.FusionRuleStudy dog-agility,motorbike,bus 20,40 edges
 * </pre>
 *
 * <p>The first scores the fusion rules, the second ({@code edges}) the read's edges taken to the
 * frame's by a guided filter before the trust rule fuses it. The read is the decoder's own ({@link
 * ReadEdges#DECODER}), as when these rules were chosen; the edge rules filter it themselves.
 */
public final class FusionRuleStudy {
  private FusionRuleStudy() {}

  /**
   * Everything a rule may look at on one frame: the frame, the warp blend, the read, each side's
   * trust.
   */
  record Maps(
      RgbImage frame,
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
    Map<String, Rule> rules = args.length > 2 && args[2].equals("edges") ? edgeRules() : rules();
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
    rules.put(
        "trust",
        m -> blend(m, p -> FusedGenerator.relianceOf(m.trust(p), FusedGenerator.FULL_TRUST)));
    rules.put(
        "max-cert-trust",
        m ->
            blend(
                m,
                p ->
                    Math.max(
                        Math.abs(2 * m.warp()[p] - 1),
                        FusedGenerator.relianceOf(m.trust(p), FusedGenerator.FULL_TRUST))));
    for (int radius : new int[] {3, 6, 12}) {
      rules.put(
          "band" + radius + "-trust",
          m -> {
            boolean[] structural = structuralDisagreement(m, radius);
            return blend(
                m,
                p ->
                    structural[p]
                        ? FusedGenerator.relianceOf(m.trust(p), FusedGenerator.FULL_TRUST)
                        : 1f);
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

  /**
   * The trust rule with the read's edges taken to the frame's by a {@link GuidedFilter} of each
   * radius and ε, and the read alone so filtered.
   */
  private static Map<String, Rule> edgeRules() {
    Map<String, Rule> rules = new LinkedHashMap<>();
    rules.put("warp", m -> m.warp());
    rules.put("kmn", m -> m.read());
    rules.put("trust", m -> trust(m, m.read()));
    for (int radius : new int[] {16, 24, 32}) {
      for (float epsilon : new float[] {1e-5f, 3e-5f, 1e-4f}) {
        GuidedFilter filter = new GuidedFilter(radius, epsilon);
        rules.put(
            "trust-gf" + radius + "/" + epsilon, m -> trust(m, filter.apply(m.frame(), m.read())));
        rules.put("kmn-gf" + radius + "/" + epsilon, m -> filter.apply(m.frame(), m.read()));
      }
    }
    return rules;
  }

  /** The trust rule with {@code read} in place of the maps' read. */
  private static float[] trust(Maps m, float[] read) {
    float[] out = new float[read.length];
    for (int p = 0; p < out.length; p++) {
      float c = FusedGenerator.relianceOf(m.trust(p), FusedGenerator.FULL_TRUST);
      out[p] = c * m.warp()[p] + (1 - c) * read[p];
    }
    return out;
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
    DavisSequence davis = new DavisSequence(sequence);
    Frames frames = davis.frames();
    List<Integer> keyframes = davis.keyframes(interval);
    List<JfTally> tallies = rules.values().stream().map(rule -> new JfTally()).toList();
    GeneratorSettings settings = GeneratorSettings.defaults();
    try (FlowGuidance guidance = new FlowGuidance(frames, settings);
        KmnGenerator memory =
            KmnGeneratorFactory.memory(
                frames,
                settings.withOption(KmnGeneratorFactory.EDGES_OPTION, ReadEdges.DECODER.label()))) {
      for (int g = 0; g + 1 < keyframes.size(); g++) {
        SoftMask before = davis.truth(keyframes.get(g));
        SoftMask after = davis.truth(keyframes.get(g + 1));
        for (int k = before.frame() + 1; k < after.frame(); k++) {
          PseudoLabelRequest request = new PseudoLabelRequest(k, before, after);
          Maps maps =
              new Maps(
                  frames.frame(k),
                  guidance.warpBlend(request),
                  memory.generate(request).probabilities(),
                  guidance.trust(before, k),
                  guidance.trust(after, k),
                  request.weightBefore(),
                  request.weightAfter(),
                  before.width(),
                  before.height());
          boolean[] truth = davis.truth(k).threshold(0.5f);
          int r = 0;
          for (Rule rule : rules.values()) {
            tallies.get(r++).add(rule.fuse(maps), truth, maps.width(), maps.height());
          }
        }
      }
    }
    return tallies.stream().mapToDouble(JfTally::meanJf).toArray();
  }
}
