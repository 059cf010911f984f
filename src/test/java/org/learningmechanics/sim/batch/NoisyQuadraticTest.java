package org.learningmechanics.sim.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RecordingMonitor;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.StoppingMonitor;

/**
 * Monte-Carlo SGD on the noisy quadratic against its exact expectations. For a quadratic the theory is exact, so
 * only sampling noise separates them; tolerances are several standard errors, measured (2026-11-28) at the settings
 * below: with 200 runs one step's mean loss has a standard error of 3–5 % of the loss, the stationary window mean
 * about 1.5 %.
 */
class NoisyQuadraticTest {

    private final NoisyQuadratic simulation = new NoisyQuadratic();

    private ParameterValues parameters(Map<String, ?> values) {
        return ParameterValues.of(simulation.descriptor(), values);
    }

    @ParameterizedTest
    @CsvSource({"8, 0.1, 1.0, 10", "1, 0.5, 2.0, 5", "64, 0.02, 0.5, 20", "4, 1.5, 1.0, 10"})
    void theMeanLossFollowsTheExactExpectationAtEveryStep(long batch, double eta, double decay, long dims) {
        ParameterValues p = parameters(Map.of("batchSize", batch, "learningRate", eta, "curvatureDecay", decay,
                "dimensions", dims, "runs", 200L));
        SimulationResult result = simulation.run(p, 11, RunMonitor.NONE);
        double[] measured = result.series().get("loss").y();
        double[] exact = result.theory().get("loss").y();
        QuadraticModel model = NoisyQuadratic.model(p);
        for (int t = 0; t < measured.length; t++) {
            // Five standard errors of a 200-run mean, from the exact spread of the loss at step t.
            double tolerance = 5 * lossStandardDeviation(model, t, eta, batch) / Math.sqrt(200) + 1e-12;
            assertThat(measured[t]).as("step %d", t).isCloseTo(exact[t], within(tolerance));
        }
        assertThat(result.agreement().holds()).isTrue();
    }

    /**
     * Every θᵢ is Gaussian (a linear recursion driven by Gaussian noise) with mean (1 − ηhᵢ)ᵗθᵢ(0) and variance
     * vᵢ = E[θᵢ²] − mean², so Var L = ¼ Σᵢ hᵢ² (2vᵢ² + 4 meanᵢ² vᵢ).
     */
    private static double lossStandardDeviation(QuadraticModel model, int t, double eta, double batch) {
        double variance = 0;
        for (int i = 0; i < model.dimensions(); i++) {
            double h = model.curvature()[i];
            double mean = Math.pow(1 - eta * h, t) * model.start()[i];
            double fixed = model.stationarySecondMoment(i, eta, batch);
            double second = fixed + Math.pow(1 - eta * h, 2.0 * t) * (model.start()[i] * model.start()[i] - fixed);
            double v = Math.max(0, second - mean * mean);
            variance += h * h * (2 * v * v + 4 * mean * mean * v) / 4;
        }
        return Math.sqrt(variance);
    }

    @ParameterizedTest
    @CsvSource({"1", "2", "3"})
    void theStationaryLossFallsAsOneOverTheBatchSize(long seed) {
        SimulationResult result = simulation.run(parameters(Map.of("runs", 100L)), seed, RunMonitor.NONE);
        Series measured = result.series().get("stationaryLoss");
        for (int j = 0; j < measured.size(); j++) {
            double batch = measured.x()[j];
            double formula = NoisyQuadratic.model(parameters(Map.of())).stationaryLoss(0.1, batch);
            // Up to B = 64 the floor is far above what the slowest direction still remembers of the start; beyond
            // it the leftover transient (computed exactly) grows to 16 % of the tiny floor at B = 1024.
            if (batch <= 64) {
                assertThat(measured.y()[j]).as("B = %s", batch).isCloseTo(formula, within(0.1 * formula));
            }
        }
        assertThat(measured.y()[0] / measured.y()[6]).isCloseTo(64, within(64 * 0.15));
    }

    @Test
    void theLinearScalingRuleHoldsWhileEtaTimesCurvatureIsSmallAndBreaksNearTwo() {
        // Default: η₀ = 0.1 at B₀ = 8; the sweep doubles both up to η = 1.6 at B = 128. Measured late losses
        // 0.092, 0.088, 0.098, 0.094, 0.104, 0.113 from B = 2 to 64 (η ≤ 0.8), then 0.215 at B = 128.
        SimulationResult result = simulation.run(parameters(Map.of("runs", 100L)), 5, RunMonitor.NONE);
        Series scaling = result.series().get("linearScaling");
        Series exact = result.theory().get("linearScaling");
        assertThat(scaling.x()).containsExactly(2, 4, 8, 16, 32, 64, 128);
        double base = scaling.y()[2];
        for (int j = 0; j <= 4; j++) {
            assertThat(scaling.y()[j]).as("B = %s", scaling.x()[j]).isCloseTo(base, within(0.15 * base));
        }
        assertThat(scaling.lastY() / base).isGreaterThan(1.8);
        for (int j = 0; j < scaling.size(); j++) {
            assertThat(scaling.y()[j]).isCloseTo(exact.y()[j], within(0.12 * exact.y()[j]));
        }
    }

    @Test
    void aBatchOfTheNoiseScaleMakesHalfTheProgressOfANoiselessStep() {
        SimulationResult result = simulation.run(parameters(Map.of("runs", 200L)), 2, RunMonitor.NONE);
        double noiseScale = result.metrics().get("noiseScale");
        Series gain = result.series().get("stepGain");
        for (int j = 0; j < gain.size(); j++) {
            double predicted = 1 / (1 + noiseScale / gain.x()[j]);
            assertThat(gain.y()[j]).as("B = %s", gain.x()[j]).isCloseTo(predicted, within(0.03));
        }
        assertThat(noiseScale).isCloseTo(10 * 1.5497677 / 1.1975319, within(1e-6));
    }

    @Test
    void theSameSeedGivesBitIdenticalResults() {
        ParameterValues p = parameters(Map.of("steps", 40L, "runs", 5L));
        assertThat(simulation.run(p, 3, RunMonitor.NONE)).isEqualTo(simulation.run(p, 3, RunMonitor.NONE));
        assertThat(simulation.run(p, 3, RunMonitor.NONE)).isNotEqualTo(simulation.run(p, 4, RunMonitor.NONE));
    }

    @Test
    void framesStreamTheTheoryFirstThenTheLossCurveThenOnePointPerBatchSize() {
        RecordingMonitor recording = new RecordingMonitor();
        List<Frame> frames = recording.frames();
        SimulationResult result = simulation.run(parameters(Map.of("steps", 40L, "runs", 5L)), 1, recording);
        assertThat(frames.getFirst().theory()).containsKeys("loss", "stationaryLoss", "linearScaling", "stepGain");
        assertThat(frames.get(1).appended().get("loss")).isEqualTo(result.series().get("loss"));
        long stationaryPoints = frames.stream().filter(f -> f.appended().containsKey("stationaryLoss")).count();
        assertThat(stationaryPoints).isEqualTo(11);
        assertThat(recording.progressRisesToOne()).isTrue();
    }

    @Test
    void aStoppedRunEndsAtTheNextCheckpoint() {
        assertThatThrownBy(() -> simulation.run(parameters(Map.of()), 1, new StoppingMonitor()))
                .isInstanceOf(RunCancelledException.class);
    }

    @Test
    void tooMuchWorkIsRefusedInPlainWords() {
        assertThatThrownBy(() -> parameters(Map.of("runs", 1000L, "steps", 4000L, "dimensions", 100L)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("would take too long").hasMessageContaining("use at most");
    }

    @Test
    void theDescriptionGivesTheMeasuredAndExactLossAndTheNoiseScale() {
        ParameterValues p = parameters(Map.of("steps", 40L, "runs", 5L));
        String text = simulation.describe(p, simulation.run(p, 1, RunMonitor.NONE));
        assertThat(text).startsWith("With batch size 8 and learning rate 0.1, the mean loss over the last quarter")
                .contains("B_noise = 12.9").contains("well below 2");
        assertThat(simulation.plots(p)).hasSize(4);
    }
}
