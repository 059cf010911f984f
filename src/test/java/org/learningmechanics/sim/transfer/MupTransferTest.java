package org.learningmechanics.sim.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
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
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.StoppingMonitor;

/**
 * Learning-rate sweeps across width against the scaling predictions of SP and μP. Tolerances come from runs at
 * seeds 1–6, widths 32–512, 64 samples, 50 steps (measured 2026-11-28): in SP the fitted slope of the stability edge
 * against log₂ N was between −1.10 and −0.85 (tanh and ReLU), so ±0.2 around −1; its gap to the tangent-kernel
 * prediction was at most 0.11. In μP with ReLU the best log₂ η was the same grid point at every width for all six
 * seeds, and the edge slope was 0.
 */
class MupTransferTest {

    private final MupTransfer simulation = new MupTransfer();

    private ParameterValues parameters(Map<String, ?> values) {
        return ParameterValues.of(simulation.descriptor(), values);
    }

    private SimulationResult run(String parametrization, String activation, long seed) {
        return simulation.run(parameters(Map.of("parametrization", parametrization, "activation", activation,
                "maxWidth", 512L)), seed, RunMonitor.NONE);
    }

    @ParameterizedTest
    @CsvSource({"relu, 1", "relu, 4", "tanh, 2", "tanh, 5"})
    void inStandardParametrisationTheLargestStableRateHalvesPerDoublingOfWidth(String activation, long seed) {
        SimulationResult result = run("sp", activation, seed);
        assertThat(result.metrics().get("edgeSlope")).isCloseTo(-1, within(0.2));
        assertThat(result.agreement().holds()).isTrue();
        // The best rate drifts with the edge: at width 512 it is at least three grid octaves below width 32's.
        assertThat(result.metrics().get("bestLog2Lr_w32") - result.metrics().get("bestLog2Lr_w512"))
                .isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @CsvSource({"1", "3", "6"})
    void inMuPTheBestRateIsTheSameAtEveryWidthWithinOneGridStep(long seed) {
        SimulationResult result = run("mup", "relu", seed);
        assertThat(result.metrics().get("bestSpread")).isLessThanOrEqualTo(MupTransfer.GRID_STEP);
        assertThat(result.metrics().get("edgeSlope")).isCloseTo(0, within(0.1));
        assertThat(result.agreement().holds()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"-4", "-2", "-1"})
    void inMuPTheWholeLossCurveIsNearlyTheSameAtEveryWidth(double log2Rate) {
        // Final losses of widths 64 and 512 (tanh, seed 1) at rates below the flat bottom of the curve. Measured:
        // within 7 % of each other.
        double ratio = widthRatio(run("mup", "tanh", 1), log2Rate);
        assertThat(Math.max(ratio, 1 / ratio)).isLessThan(1.1);
    }

    @Test
    void inStandardParametrisationTheNarrowNetLagsFarBehindAtTheSameRate() {
        // Measured: at log₂ η = −8, far below the narrow net's own edge, width 64 ends with 2.4 times the loss of
        // width 512 (tanh, seed 1).
        assertThat(widthRatio(run("sp", "tanh", 1), -8)).isGreaterThan(2);
    }

    private static double widthRatio(SimulationResult result, double log2Rate) {
        return lossAt(result, "w64", log2Rate) / lossAt(result, "w512", log2Rate);
    }

    private static double lossAt(SimulationResult result, String series, double log2Rate) {
        double[] x = result.series().get(series).x();
        for (int i = 0; i < x.length; i++) {
            if (x[i] == log2Rate) {
                return result.series().get(series).y()[i];
            }
        }
        throw new AssertionError(series + " has no stable training at log₂ η = " + log2Rate);
    }

    @Test
    void onlyStableTrainingsAreDrawnAndTheEdgeIsTheLastOfThem() {
        SimulationResult result = simulation.run(parameters(Map.of()), 2, RunMonitor.NONE);
        for (int n : MupTransfer.widths(256)) {
            var curve = result.series().get("w" + n);
            assertThat(Arrays.stream(curve.y()).allMatch(loss -> Double.isFinite(loss) && loss > 0)).isTrue();
            assertThat(curve.x()[curve.size() - 1]).isEqualTo(result.metrics().get("maxStableLog2Lr_w" + n));
        }
    }

    @Test
    void withoutTwoStableWidthsTheAgreementFailsWithAFiniteGap() {
        var agreement = TransferSummary.agreement(Double.NaN, -1);
        assertThat(agreement.holds()).isFalse();
        assertThat(agreement.value()).isFinite();
        assertThat(TransferSummary.agreement(-0.9, -0.87).holds()).isTrue();
        assertThat(TransferSummary.agreement(0, -0.87).holds()).isFalse();
    }

    @Test
    void theSameSeedGivesBitIdenticalResults() {
        ParameterValues p = parameters(Map.of("maxWidth", 64L, "steps", 10L, "samples", 16L));
        assertThat(simulation.run(p, 7, RunMonitor.NONE)).isEqualTo(simulation.run(p, 7, RunMonitor.NONE));
        assertThat(simulation.run(p, 7, RunMonitor.NONE)).isNotEqualTo(simulation.run(p, 8, RunMonitor.NONE));
    }

    @Test
    void framesStreamTheTheoryFirstThenOnePointPerStableTrainingAndOneEdgePerWidth() {
        RecordingMonitor recording = new RecordingMonitor();
        List<Frame> frames = recording.frames();
        ParameterValues p = parameters(Map.of("maxWidth", 64L, "steps", 20L));
        SimulationResult result = simulation.run(p, 3, recording);
        assertThat(frames.getFirst().theory()).containsKey("maxStableLog2Lr");
        long streamedPoints = frames.stream().filter(f -> f.appended().containsKey("w32")).count();
        assertThat(streamedPoints).isEqualTo(result.series().get("w32").size());
        assertThat(frames.stream().filter(f -> f.appended().containsKey("maxStableLog2Lr")).count()).isEqualTo(2);
        assertThat(recording.progressRisesToOne()).isTrue();
    }

    @Test
    void aStoppedRunEndsAtTheNextCheckpoint() {
        assertThatThrownBy(() -> simulation.run(parameters(Map.of()), 1, new StoppingMonitor()))
                .isInstanceOf(RunCancelledException.class);
    }

    @Test
    void tooMuchWorkIsRefusedInPlainWords() {
        assertThatThrownBy(() -> parameters(Map.of("maxWidth", 2048L, "samples", 128L, "steps", 400L)))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("would take too long")
                .hasMessageContaining("use at most 15 steps");
        assertThat(parameters(Map.of("maxWidth", 2048L, "samples", 64L, "steps", 30L))).isNotNull();
    }

    @Test
    void theDescriptionGivesEachWidthsBestRateAndEdgeWithThePrediction() {
        ParameterValues p = parameters(Map.of("maxWidth", 64L, "steps", 20L));
        String text = simulation.describe(p, simulation.run(p, 1, RunMonitor.NONE));
        assertThat(text).startsWith("Standard parametrisation, widths 32 to 64.").contains("Width 64: best log₂ η")
                .contains("the tangent kernel predicts");
        assertThat(simulation.plots(p)).hasSize(2);
    }
}
