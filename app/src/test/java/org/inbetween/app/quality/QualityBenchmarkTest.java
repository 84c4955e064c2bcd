package org.inbetween.app.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.inbetween.app.labeling.bench.DavisSequence;
import org.inbetween.app.task.Progress;
import org.inbetween.models.pseudo.GeneratorSettings;
import org.inbetween.models.pseudo.WarpGenerator;
import org.inbetween.models.testdata.SharedData;
import org.junit.jupiter.api.Test;

/** The quality benchmark on the first 21 frames of DAVIS "bus", keyframes every 5. */
class QualityBenchmarkTest {
  @Test
  void theConfidenceRanksBusFramesAsTheirTrueJDoes() throws Exception {
    DavisSequence bus = DavisSequence.read(SharedData.davis(), "bus");
    DavisSequence excerpt =
        new DavisSequence("bus", bus.frames().subList(0, 21), bus.truth().subList(0, 21));

    QualitySamples samples =
        new QualityBenchmark(GeneratorSettings.defaults())
            .run(excerpt, 5, new WarpGenerator.Factory(), Progress.NONE);
    QualityBenchResult row = QualityBenchResult.of(samples);

    assertEquals(16, row.frames(), "4 gaps of 4 frames");
    assertEquals(3, row.leftOut(), "keyframes 5, 10 and 15");
    assertTrue(row.meanJ() > 0.85 && row.meanJ() < 1, "warp on bus: J " + row.meanJ());
    assertTrue(row.meanLooJ() < row.meanJ(), "a gap of 10 is harder than one of 5");
    assertTrue(row.rho().get(EstimateRule.CONFIDENCE) > 0.3, row.toCsv());
    for (double rho : row.rho().values()) {
      assertTrue(rho >= -1 && rho <= 1, row.toCsv());
    }
    QualitySamples twice = QualitySamples.pooled(List.of(samples, samples));
    assertEquals(32, twice.trueJ().length);
    assertEquals(QualitySamples.POOLED, QualityBenchResult.of(twice).sequence());
  }
}
