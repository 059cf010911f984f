package org.learningmechanics.sim.proportional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RecordingMonitor;
import org.learningmechanics.sim.RunCancelledException;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.StoppingMonitor;
import org.learningmechanics.sim.SimulationResult;

/**
 * Monte-Carlo least squares against the exact risk. Tolerances come from the measured spread (see each test); the
 * risk is heavy-tailed near d = n, so settings there use more trials or stay a few dimensions away.
 */
class DoubleDescentTest {

    private final DoubleDescent simulation = new DoubleDescent();

    private ParameterValues parameters(Map<String, ?> values) {
        return ParameterValues.of(simulation.descriptor(), values);
    }

    private static LeastSquaresTrials.Estimate estimate(int n, int d, double noise, double ridge, int trials,
                                                        long seed) {
        return new LeastSquaresTrials(new Well19937c(seed)).estimate(n, d, 1, noise, ridge, trials, () -> { });
    }

    @Test
    void theGramFitIsTheMinimumNormLeastSquaresSolutionOfTheSvd() {
        var random = new Well19937c(3);
        for (int[] shape : new int[][] {{8, 5}, {5, 8}, {6, 6}}) {
            double[][] x = new double[shape[0]][shape[1]];
            double[] y = new double[shape[0]];
            for (int i = 0; i < shape[0]; i++) {
                y[i] = random.nextGaussian();
                for (int j = 0; j < shape[1]; j++) {
                    x[i][j] = random.nextGaussian();
                }
            }
            RealMatrix matrix = MatrixUtils.createRealMatrix(x);
            double[] expected = new SingularValueDecomposition(matrix).getSolver()
                    .solve(MatrixUtils.createRealVector(y)).toArray();
            assertThat(LeastSquaresTrials.fit(matrix, y, 0)).containsExactly(expected, within(1e-9));
        }
    }

    @ParameterizedTest
    @CsvSource({"40, 20, 0.25", "40, 80, 0.25", "40, 30, 1.0", "20, 60, 0.5", "40, 120, 0"})
    void minNormRiskMatchesTheExactFiniteNFormulaAwayFromThePeak(int n, int d, double noise) {
        var estimate = estimate(n, d, noise, 0, 400, 11);
        double exact = RiskTheory.exactMinNorm(n, d, 1, noise);
        // Measured standard errors are 0.4–3.2 % of the risk with 400 trials (z-scores within ±1.1); four of them is the
        // tolerance.
        assertThat(estimate.standardError()).isLessThan(0.05 * exact);
        assertThat(estimate.mean()).isCloseTo(exact, within(4 * estimate.standardError()));
    }

    @ParameterizedTest
    @CsvSource({"40, 40, 0.25", "40, 80, 0.1", "60, 30, 0.5"})
    void ridgeRiskMatchesTheEigenframeworkWithinItsFiniteNError(int n, int d, double ridge) {
        // Measured gaps 0.3–2.4 % with standard errors near 1 %: the eigenframework is asymptotic, off by O(1/n).
        var estimate = estimate(n, d, 0.25, ridge, 400, 12);
        double theory = RiskTheory.ridge(n, d, 1, 0.25, ridge);
        assertThat(estimate.mean()).isCloseTo(theory, within(0.05 * theory + 3 * estimate.standardError()));
    }

    @Test
    void atFiniteNTheSimulationFollowsTheExactFormulaNotTheProportionalLimit() {
        // n = 20, d = 16: the exact risk 0.25·16/3 = 1.33 is a third above the limit 0.25·0.8/0.2 = 1.0; with 2000
        // trials the standard error is about 0.043, so the limit sits about eight standard errors away.
        var estimate = estimate(20, 16, 0.25, 0, 2000, 13);
        double exact = RiskTheory.exactMinNorm(20, 16, 1, 0.25);
        double limit = RiskTheory.proportionalLimit(0.8, 1, 0.25);
        assertThat(estimate.mean()).isCloseTo(exact, within(4 * estimate.standardError()));
        assertThat(estimate.mean() - limit).isGreaterThan(5 * estimate.standardError());
    }

    @Test
    void theRunReportsTheRiskAtTheChosenDimensionAndAgrees() {
        SimulationResult result = simulation.run(parameters(Map.of("trials", 100L)), 5, RunMonitor.NONE);
        assertThat(result.metrics().get("riskTheory")).isCloseTo(0.5 + 0.25 * 40 / 39, within(1e-12));
        assertThat(result.metrics().get("riskLimit")).isCloseTo(0.75, within(1e-12));
        assertThat(result.agreement().holds()).isTrue();
        assertThat(result.theory()).containsKeys("risk", "riskLimit");
    }

    @Test
    void atTheInterpolationThresholdTheTheoryIsInfiniteAndNotReported() {
        ParameterValues p = parameters(Map.of("dimension", 40L, "trials", 10L));
        SimulationResult result = simulation.run(p, 5, RunMonitor.NONE);
        assertThat(result.metrics()).doesNotContainKeys("riskTheory", "riskLimit");
        assertThat(result.agreement().holds()).isFalse();
        double[] x = result.theory().get("risk").x();
        for (double gamma : x) {
            assertThat(Math.abs(gamma * 40 - 40)).isGreaterThan(1.5);
        }
        assertThat(simulation.describe(p, result)).contains("infinite");
    }

    @Test
    void theRiskPeaksAtTheThresholdWithoutRidgeAndNotWithTheOptimalRidge() {
        SimulationResult plain = simulation.run(parameters(Map.of("trials", 30L)), 6, RunMonitor.NONE);
        SimulationResult ridged = simulation.run(parameters(Map.of("trials", 30L, "ridge", 0.25)), 6,
                RunMonitor.NONE);
        assertThat(peakGamma(plain)).isBetween(0.9, 1.1);
        double[] theory = ridged.theory().get("risk").y();
        for (int i = 1; i < theory.length; i++) {
            assertThat(theory[i]).isGreaterThanOrEqualTo(theory[i - 1] - 1e-12);
        }
        assertThat(max(ridged.series().get("risk").y())).isLessThan(1.1);
    }

    private static double peakGamma(SimulationResult result) {
        double[] x = result.series().get("risk").x();
        double[] y = result.series().get("risk").y();
        int best = 0;
        for (int i = 1; i < y.length; i++) {
            best = y[i] > y[best] ? i : best;
        }
        return x[best];
    }

    private static double max(double[] values) {
        double m = Double.NEGATIVE_INFINITY;
        for (double v : values) {
            m = Math.max(m, v);
        }
        return m;
    }

    @Test
    void theSameSeedGivesBitIdenticalResults() {
        ParameterValues p = parameters(Map.of("trials", 3L));
        assertThat(simulation.run(p, 42, RunMonitor.NONE)).isEqualTo(simulation.run(p, 42, RunMonitor.NONE));
        assertThat(simulation.run(p, 43, RunMonitor.NONE).metrics().get("risk"))
                .isNotEqualTo(simulation.run(p, 42, RunMonitor.NONE).metrics().get("risk"));
    }

    @Test
    void tooMuchWorkIsRefusedInPlainWords() {
        assertThatThrownBy(() -> parameters(Map.of("samples", 200L, "dimension", 800L, "trials", 400L)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("would take too long")
                .hasMessageContaining("use at most 5 trials");
    }

    @Test
    void framesStreamTheTheoryFirstThenOnePointPerDimension() {
        RecordingMonitor collecting = new RecordingMonitor();
        List<Frame> frames = collecting.frames();
        SimulationResult result = simulation.run(parameters(Map.of("trials", 2L)), 4, collecting);
        assertThat(frames.getFirst().theory()).containsKeys("risk", "riskLimit");
        assertThat(frames).hasSize(result.series().get("risk").size());
        assertThat(frames.getLast().progress()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aStoppedRunEndsAtTheNextCheckpoint() {
        assertThatThrownBy(() -> simulation.run(parameters(Map.of()), 1, new StoppingMonitor()))
                .isInstanceOf(RunCancelledException.class);
    }

    @Test
    void theDescriptionGivesTheRiskWithItsPrediction() {
        ParameterValues p = parameters(Map.of("trials", 5L));
        String text = simulation.describe(p, simulation.run(p, 1, RunMonitor.NONE));
        assertThat(text).startsWith("With n = 40 samples and d = 80").contains("The exact expected risk is 0.756")
                .contains("proportional limit gives 0.75");
        assertThat(simulation.plots(p)).hasSize(1);
    }
}
