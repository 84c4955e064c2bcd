package org.inbetween.models.fgplg;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.inbetween.models.flow.Frames;
import org.inbetween.models.image.GuidedFilter;
import org.inbetween.models.image.RgbImage;
import org.inbetween.models.image.SoftMask;
import org.inbetween.models.pseudo.GeneratorRegistry;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.PseudoLabelGenerator;
import org.inbetween.models.pseudo.PseudoLabelRequest;
import org.inbetween.models.testdata.DavisSequence;
import org.inbetween.models.testdata.JfTally;

/**
 * Whether a colour {@link GuidedFilter} (the one that sharpened kmn's edges) helps a method's own
 * soft masks: J&F of the method as it is and after each filter, with the protocol of {@code bench
 * pseudo-labels} (keyframes every l frames and the last). Results in docs/benchmarks.md.
 *
 * <pre>
 * tools/bench org.inbetween.models.fgplg.GuidedEdgesStudy warp,fgplg motorbike,surf 10,20
 * </pre>
 */
public final class GuidedEdgesStudy {
  private static final int[] RADII = {4, 8, 16};
  private static final float[] EPSILONS = {1e-5f, 1e-4f};

  private GuidedEdgesStudy() {}

  public static void main(String[] args) throws IOException {
    System.out.print("method,sequence,interval,as-is");
    for (int radius : RADII) {
      for (float epsilon : EPSILONS) {
        System.out.print(",gf" + radius + "/" + epsilon);
      }
    }
    System.out.println();
    for (String method : args[0].split(",")) {
      for (String sequence : args[1].split(",")) {
        for (String interval : args[2].split(",")) {
          double[] scores = study(method, new DavisSequence(sequence), Integer.parseInt(interval));
          System.out.print(method + "," + sequence + "," + interval);
          for (double score : scores) {
            System.out.printf(Locale.ROOT, ",%.4f", score);
          }
          System.out.println();
        }
      }
    }
  }

  private static double[] study(String method, DavisSequence davis, int interval)
      throws IOException {
    List<GuidedFilter> filters = new ArrayList<>();
    for (int radius : RADII) {
      for (float epsilon : EPSILONS) {
        filters.add(new GuidedFilter(radius, epsilon));
      }
    }
    List<JfTally> tallies = new ArrayList<>();
    for (int t = 0; t <= filters.size(); t++) {
      tallies.add(new JfTally());
    }
    Frames frames = davis.frames();
    List<Integer> keyframes = davis.keyframes(interval);
    try (PseudoLabelGenerator generator =
        GeneratorRegistry.standard().get(method).create(frames, GeneratorSettings.defaults())) {
      for (int g = 0; g + 1 < keyframes.size(); g++) {
        SoftMask before = davis.truth(keyframes.get(g));
        SoftMask after = davis.truth(keyframes.get(g + 1));
        for (int k = before.frame() + 1; k < after.frame(); k++) {
          float[] soft =
              generator.generate(new PseudoLabelRequest(k, before, after)).probabilities();
          boolean[] truth = davis.truth(k).threshold(0.5f);
          int width = before.width();
          int height = before.height();
          RgbImage frame = frames.frame(k);
          tallies.get(0).add(soft, truth, width, height);
          for (int f = 0; f < filters.size(); f++) {
            tallies.get(f + 1).add(filters.get(f).apply(frame, soft), truth, width, height);
          }
        }
      }
    }
    return tallies.stream().mapToDouble(JfTally::meanJf).toArray();
  }
}
