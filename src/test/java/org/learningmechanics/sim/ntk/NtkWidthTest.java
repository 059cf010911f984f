package org.learningmechanics.sim.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
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
 * The network against its infinite-width limit. Tolerances come from measured spread over seeds 1–4 (see each test);
 * narrow networks and small output scales are shown to leave the limit, as the chapter says.
 */
class NtkWidthTest {

    private final NtkWidth simulation = new NtkWidth();

    private SimulationResult run(long seed, Object... namesAndValues) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            values.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return simulation.run(ParameterValues.of(simulation.descriptor(), values), seed, RunMonitor.NONE);
    }

    @ParameterizedTest
    @ValueSource(ints = {256, 1024, 4096, 16384})
    void theEmpiricalKernelAtRightAnglesIsWithinFourStandardDeviationsOfTheLimit(int width) {
        double sd = Math.sqrt(ArcCosineKernel.neuronVariance(Math.PI / 2) / width);
        for (long seed = 2; seed <= 4; seed++) {
            var net = new ReluNetwork(width, new Well19937c(seed));
            assertThat(net.kernel(new double[] {1, 0}, new double[] {0, 1}))
                    .isCloseTo(ArcCosineKernel.limit(Math.PI / 2), within(4 * sd));
        }
    }

    @Test
    void theKernelsMeanSquareDistanceFromTheLimitAveragesToFormulaTwo() {
        // E[mean over θ of (Θ_N − Θ∞)²] = mean over θ of Var g / N, exactly. One network's value scatters widely
        // (the standard error over 200 networks was 7–11 % of the mean), so 2000 networks are averaged and the
        // tolerance is four of their measured standard errors.
        int width = 64;
        int networks = 2000;
        var random = new Well19937c(5);
        double sum = 0;
        double squares = 0;
        for (int k = 0; k < networks; k++) {
            var net = new ReluNetwork(width, random);
            double[] kernel = new double[LazyTraining.KERNEL_ANGLES];
            double[] limit = new double[LazyTraining.KERNEL_ANGLES];
            for (int i = 0; i < kernel.length; i++) {
                double theta = LazyTraining.kernelAngle(i);
                kernel[i] = net.kernel(LazyTraining.unit(0), LazyTraining.unit(theta));
                limit[i] = ArcCosineKernel.limit(theta);
            }
            double rms = LazyTraining.rmsDistance(kernel, limit);
            sum += rms * rms;
            squares += rms * rms * rms * rms;
        }
        double mean = sum / networks;
        double standardError = Math.sqrt((squares / networks - mean * mean) / (networks - 1));
        double theory = LazyTraining.fluctuationTheory(width);
        assertThat(standardError).isLessThan(0.05 * theory * theory);
        assertThat(mean).isCloseTo(theory * theory, within(4 * standardError));
    }

    @ParameterizedTest
    @CsvSource({"1024, 1, 1, 12, 300", "4096, 0.3, 1, 12, 300", "1024, 3, 1, 12, 300", "4096, 1, 0.5, 24, 300",
            "2048, 1, 1, 12, 50"})
    void wideNetworksMoveTheirWeightsAsLazyTrainingPredictsAndTrackKernelRegression(double width, double scale,
                                                                                    double learningRate, long points,
                                                                                    long steps) {
        // Measured over seeds 1–4: weight change within 3.6 % of the prediction, distance to kernel regression
        // 0.7–2.9 % of the prediction's size.
        SimulationResult result = run(2, "width", width, "scale", scale, "learningRate", learningRate, "points", points,
                "steps", steps);
        Map<String, Double> m = result.metrics();
        assertThat(m.get("relativeWeightChange") / m.get("relativeWeightChangeTheory")).isCloseTo(1, within(0.06));
        assertThat(result.agreement().value()).isLessThan(0.04);
        assertThat(result.agreement().holds()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void theRelativeWeightChangeFallsLikeTheInverseSquareRootOfWidth(long seed) {
        // Fitted slopes on widths 64…4096 were −0.49, −0.49, −0.51, −0.55 for seeds 1–4.
        Series change = run(seed, "width", 4096.0).series().get("weightChange");
        assertThat(change.x()).containsExactly(64, 128, 256, 512, 1024, 2048, 4096);
        assertThat(logLogSlope(change.x(), change.y())).isCloseTo(-0.5, within(0.1));
    }

    @Test
    void theRelativeWeightChangeFallsLikeOneOverTheOutputScale() {
        double small = run(3, "width", 1024.0, "scale", 1.0).metrics().get("relativeWeightChange");
        double large = run(3, "width", 1024.0, "scale", 10.0).metrics().get("relativeWeightChange");
        assertThat(small / large).isCloseTo(10, within(0.5));
    }

    @Test
    void narrowNetworksLeaveTheKernelRegime() {
        // Over seeds 1–20 the mean distance to kernel regression was 27 % of its size at N = 4 and 1.9 % at N = 1024;
        // the kernel moved by 0.72 and 0.009 in root mean square over training.
        double narrowGap = 0;
        double wideGap = 0;
        double narrowMove = 0;
        double wideMove = 0;
        for (long seed = 1; seed <= 10; seed++) {
            SimulationResult narrow = run(seed, "width", 4.0);
            SimulationResult wide = run(seed, "width", 1024.0);
            narrowGap += narrow.agreement().value() / 10;
            wideGap += wide.agreement().value() / 10;
            narrowMove += narrow.metrics().get("kernelChange") / 10;
            wideMove += wide.metrics().get("kernelChange") / 10;
        }
        assertThat(narrowGap).isGreaterThan(0.15);
        assertThat(wideGap).isLessThan(0.03);
        assertThat(narrowMove).isGreaterThan(0.3);
        assertThat(wideMove).isLessThan(0.02);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void aSmallOutputScaleMovesTheKernelAndBreaksTheLazyPrediction(long seed) {
        // α = 0.1 at N = 256: the weights moved 0.83–0.93 of the lazy prediction and the kernel by 0.70–0.84, against
        // 0.96–1.08 and 0.006–0.018 at α = 1.
        Map<String, Double> rich = run(seed, "scale", 0.1, "steps", 1000L).metrics();
        Map<String, Double> lazy = run(seed, "steps", 1000L).metrics();
        assertThat(rich.get("relativeWeightChange") / rich.get("relativeWeightChangeTheory")).isLessThan(0.95);
        assertThat(rich.get("kernelChange")).isGreaterThan(0.5);
        assertThat(lazy.get("kernelChange")).isLessThan(0.03);
    }

    @Test
    void aDivergingNetworkStopsEarlyWithFiniteNumbersAndSaysSo() {
        ParameterValues p = ParameterValues.of(simulation.descriptor(), Map.of("width", 16.0, "scale", 0.05,
                "steps", 1000L));
        SimulationResult result = simulation.run(p, 1, RunMonitor.NONE);
        assertThat(result.metrics().get("stepsCompleted")).isLessThan(1000);
        assertThat(result.metrics().values()).allMatch(Double::isFinite);
        result.series().values().forEach(s -> assertThat(java.util.Arrays.stream(s.y()).allMatch(Double::isFinite)).isTrue());
        assertThat(result.series().get("weightChange").x()).doesNotContain(16);
        assertThat(simulation.describe(p, result)).contains("diverged");
    }

    @Test
    void theSameSeedGivesBitIdenticalResults() {
        assertThat(run(42, "steps", 20L)).isEqualTo(run(42, "steps", 20L));
        assertThat(run(43, "steps", 20L).metrics()).isNotEqualTo(run(42, "steps", 20L).metrics());
    }

    @Test
    void tooMuchWorkIsRefusedInPlainWords() {
        assertThatThrownBy(() -> ParameterValues.of(simulation.descriptor(), Map.of("width", 16384.0, "points", 64L,
                "steps", 5000L)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("would take too long")
                .hasMessageContaining("use at most 190 steps");
    }

    @Test
    void framesStreamTheTheoryFirstThenTheLossThenOnePointPerWidth() {
        RecordingMonitor collecting = new RecordingMonitor();
        List<Frame> frames = collecting.frames();
        ParameterValues p = ParameterValues.of(simulation.descriptor(), Map.of("steps", 250L));
        SimulationResult result = simulation.run(p, 4, collecting);
        assertThat(frames.getFirst().theory()).containsKeys("kernel", "loss", "prediction", "weightChange");
        int lossPoints = frames.stream().filter(f -> f.appended().containsKey("loss"))
                .mapToInt(f -> f.appended().get("loss").size()).sum();
        assertThat(lossPoints).isEqualTo(251);
        assertThat(frames.stream().filter(f -> f.appended().containsKey("weightChange")).count())
                .isEqualTo(result.series().get("weightChange").size());
        assertThat(frames.getLast().progress()).isCloseTo(1, within(1e-9));
        for (int i = 1; i < frames.size(); i++) {
            assertThat(frames.get(i).progress()).isGreaterThanOrEqualTo(frames.get(i - 1).progress());
        }
    }

    @Test
    void aStoppedRunEndsAtTheNextCheckpoint() {
        ParameterValues p = ParameterValues.defaults(simulation.descriptor());
        assertThatThrownBy(() -> simulation.run(p, 1, new StoppingMonitor()))
                .isInstanceOf(RunCancelledException.class);
    }

    @Test
    void theDescriptionGivesTheMeasurementsWithTheirPredictions() {
        ParameterValues p = ParameterValues.defaults(simulation.descriptor());
        String text = simulation.describe(p, simulation.run(p, 1, RunMonitor.NONE));
        assertThat(text).startsWith("At width 256, the tangent kernel").contains("the infinite-width limit is 0.159")
                .contains("lazy-training theory").contains("kernel itself changed");
        assertThat(simulation.plots(p)).hasSize(4);
    }

    private static double logLogSlope(double[] x, double[] y) {
        double mx = 0;
        double my = 0;
        for (int i = 0; i < x.length; i++) {
            mx += Math.log(x[i]) / x.length;
            my += Math.log(y[i]) / x.length;
        }
        double sxy = 0;
        double sxx = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = Math.log(x[i]) - mx;
            sxy += dx * (Math.log(y[i]) - my);
            sxx += dx * dx;
        }
        return sxy / sxx;
    }
}
