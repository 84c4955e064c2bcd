package org.inbetween.app.quality;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One row of {@code bench quality}: on one sequence, how well each {@link EstimateRule} ranks the
 * generated frames by their true J; {@code ALL} is the mean of the sequences' values, {@code
 * POOLED} the same figures over every frame of every sequence together (does the estimate also tell
 * which videos are bad?).
 *
 * @param sequence the sequence, {@code ALL} or {@code POOLED}
 * @param interval l, the keyframe spacing
 * @param method the generator
 * @param frames generated frames scored
 * @param leftOut keyframes predicted by leave-one-out
 * @param meanJ mean true J of the generated frames
 * @param meanLooJ mean leave-one-out J of the keyframes
 * @param rho Spearman's ρ between each rule's estimate and the true J; NaN where undefined
 */
public record QualityBenchResult(
    String sequence,
    int interval,
    String method,
    int frames,
    int leftOut,
    double meanJ,
    double meanLooJ,
    Map<EstimateRule, Double> rho) {
  public static final String ALL = "ALL";

  public QualityBenchResult {
    rho = new EnumMap<>(rho);
  }

  /** Spearman's ρ of each rule's estimate against the true J of {@code samples}. */
  public static QualityBenchResult of(QualitySamples samples) {
    Map<EstimateRule, Double> rho = new EnumMap<>(EstimateRule.class);
    for (EstimateRule rule : EstimateRule.values()) {
      rho.put(rule, Spearman.rho(samples.estimate(rule), samples.trueJ()));
    }
    return new QualityBenchResult(
        samples.sequence(),
        samples.interval(),
        samples.method(),
        samples.trueJ().length,
        samples.keyframeLooJ().length,
        Arrays.stream(samples.trueJ()).average().orElse(Double.NaN),
        Arrays.stream(samples.keyframeLooJ()).average().orElse(Double.NaN),
        rho);
  }

  /** {@code sequence,interval,method,frames,left_out,J,loo_J,rho_confidence,rho_loo,...}. */
  public static String csvHeader() {
    StringBuilder header = new StringBuilder("sequence,interval,method,frames,left_out,J,loo_J");
    for (EstimateRule rule : EstimateRule.values()) {
      header.append(",rho_").append(rule.label());
    }
    return header.toString();
  }

  public String toCsv() {
    StringBuilder row =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "%s,%d,%s,%d,%d,%.4f,%.4f",
                sequence,
                interval,
                method,
                frames,
                leftOut,
                meanJ,
                meanLooJ));
    for (EstimateRule rule : EstimateRule.values()) {
      row.append(String.format(Locale.ROOT, ",%.4f", rho.get(rule)));
    }
    return row.toString();
  }

  /** The ALL row: sums of counts, means of the per-sequence values (NaN ρ left out). */
  public static QualityBenchResult mean(List<QualityBenchResult> rows) {
    QualityBenchResult first = rows.get(0);
    Map<EstimateRule, Double> rho = new EnumMap<>(EstimateRule.class);
    for (EstimateRule rule : EstimateRule.values()) {
      rho.put(
          rule,
          rows.stream()
              .mapToDouble(r -> r.rho.get(rule))
              .filter(v -> !Double.isNaN(v))
              .average()
              .orElse(Double.NaN));
    }
    return new QualityBenchResult(
        ALL,
        first.interval,
        first.method,
        rows.stream().mapToInt(QualityBenchResult::frames).sum(),
        rows.stream().mapToInt(QualityBenchResult::leftOut).sum(),
        rows.stream().mapToDouble(QualityBenchResult::meanJ).average().orElse(Double.NaN),
        rows.stream().mapToDouble(QualityBenchResult::meanLooJ).average().orElse(Double.NaN),
        rho);
  }
}
