package org.learningmechanics.sim.collapse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
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
import org.learningmechanics.sim.StopAfterCheckpoints;
import org.learningmechanics.sim.SimulationResult;

/**
 * The unconstrained-features model against the neural-collapse theorem (Zhu et al. 2021): balanced classes end in a
 * simplex equiangular tight frame; imbalance (Fang et al. 2021) and too few dimensions do not.
 *
 * <p>Tolerances from measurement (seed 1 unless noted): over the balanced settings below the worst pairwise cosine
 * was at most 0.0062 from −1/(K−1) (K = 6, λ = 10⁻³, the slowest to converge), NC1 at most 4.7e-7 and the
 * alignment at least 0.9999992. The tests allow 0.02, 1e-5 and 0.9999.
 */
class NeuralCollapseTest {

    private final NeuralCollapse simulation = new NeuralCollapse();

    private ParameterValues parameters(Map<String, ?> values) {
        return ParameterValues.of(simulation.descriptor(), values);
    }

    @ParameterizedTest(name = "K={0}, d={1}, n={2}, λ={3}")
    @CsvSource({"4, 8, 20, 5e-3", "3, 2, 20, 5e-3", "5, 4, 20, 5e-3", "6, 10, 20, 1e-3", "10, 9, 10, 5e-3",
            "4, 8, 20, 1e-3"})
    void balancedClassesCollapseToASimplexEquiangularTightFrame(long k, long d, long n, double lambda) {
        SimulationResult result = simulation.run(parameters(Map.of("classes", k, "dimension", d, "perClass", n,
                "weightDecay", lambda)), 1, RunMonitor.NONE);
        Map<String, Double> m = result.metrics();
        assertThat(m.get("meanCosineTheory")).isEqualTo(-1.0 / (k - 1));
        assertThat(m.get("largestCosineGap")).isLessThan(0.02);
        assertThat(m.get("meanCosine")).isCloseTo(-1.0 / (k - 1), within(0.02));
        assertThat(m.get("withinClassScatter")).isLessThan(1e-5);
        assertThat(m.get("classifierAlignment")).isGreaterThan(0.9999);
        assertThat(result.agreement().holds()).as(result.agreement().toString()).isTrue();
    }

    @Test
    void withinClassVariabilityShrinksAsTrainingGoesOn() {
        double[] nc1 = simulation.run(parameters(Map.of()), 1, RunMonitor.NONE).series().get("nc1").y();
        assertThat(nc1[nc1.length - 1]).isLessThan(1e-6 * nc1[0]);
        assertThat(nc1[nc1.length / 2]).isLessThan(nc1[0]);
    }

    @Test
    void theTheoryLinesAreTheSimplexCosineAndPerfectAlignment() {
        SimulationResult result = simulation.run(parameters(Map.of("classes", 5L)), 1, RunMonitor.NONE);
        assertThat(result.theory().get("meanCosine").y()).containsOnly(-0.25);
        assertThat(result.theory().get("alignment").y()).containsOnly(1.0);
    }

    @Test
    void imbalancePushesTheMinorityClassifiersTogetherSteadily() {
        // Measured minority classifier cosines for imbalance 1, 2, 5, 10: −0.333, −0.251, −0.162, −0.105.
        double previous = -1;
        for (double ratio : new double[] {1, 2, 5, 10}) {
            SimulationResult result = simulation.run(parameters(Map.of("imbalance", ratio)), 1, RunMonitor.NONE);
            double minority = result.metrics().get("minorityClassifierCosine");
            assertThat(minority).as("imbalance %s", ratio).isGreaterThan(previous + 0.04);
            previous = minority;
            if (ratio >= 5) {
                assertThat(result.agreement().holds()).isFalse();
                assertThat(result.agreement().value()).isGreaterThan(0.2);
            }
        }
    }

    @Test
    void strongWeightDecayWithFewMinoritySamplesMakesTheMinorityClassesCollapseIntoOne() {
        // Measured: minority classifier and mean cosines both 1 − 1e-9 for seeds 1–3; the theory says −1/3.
        for (long seed = 1; seed <= 3; seed++) {
            SimulationResult result = simulation.run(parameters(
                    simulation.descriptor().preset("minority-collapse").orElseThrow().values()), seed, RunMonitor.NONE);
            assertThat(result.metrics().get("minorityClassifierCosine")).isGreaterThan(0.99);
            assertThat(result.metrics().get("minorityCosine")).isGreaterThan(0.99);
            assertThat(result.metrics().get("majorityClassifierCosine")).isLessThan(-0.8);
            assertThat(result.agreement().value()).isGreaterThan(1.3);
        }
    }

    @Test
    void fewerDimensionsThanASimplexNeedsCannotHoldOne() {
        // Six classes in three dimensions: a simplex needs five. Measured worst gap 0.80.
        SimulationResult result = simulation.run(parameters(Map.of("classes", 6L, "dimension", 3L)), 1,
                RunMonitor.NONE);
        assertThat(result.agreement().holds()).isFalse();
        assertThat(result.agreement().value()).isGreaterThan(0.5);
    }

    @Test
    void tooMuchWeightDecayLeavesOnlyTheTrivialMinimiserAndTheDescriptionSaysSo() {
        // Measured: 10 classes with λ = 0.05 end with objective ln 10 = 2.302585 and vanishing features.
        ParameterValues p = parameters(Map.of("classes", 10L, "dimension", 16L, "weightDecay", 0.05, "steps", 1000L));
        SimulationResult result = simulation.run(p, 1, RunMonitor.NONE);
        assertThat(result.metrics().get("finalLoss")).isCloseTo(Math.log(10), within(1e-4));
        assertThat(result.metrics().get("featureNorm")).isLessThan(NeuralCollapse.TRIVIAL_NORM);
        assertThat(simulation.describe(p, result)).contains("W = H = 0");
    }

    @Test
    void theDescriptionGivesTheCosinesInWords() {
        ParameterValues p = parameters(Map.of("imbalance", 5.0));
        String text = simulation.describe(p, simulation.run(p, 1, RunMonitor.NONE));
        assertThat(text).contains("mean pairwise cosine", "-0.333", "minority classes",
                "classifier rows have mean cosine -0.162");
    }

    @Test
    void theSameSeedGivesBitIdenticalResultsAndAnotherSeedDiffers() {
        ParameterValues p = parameters(Map.of("steps", 500L));
        assertThat(simulation.run(p, 42, RunMonitor.NONE)).isEqualTo(simulation.run(p, 42, RunMonitor.NONE));
        assertThat(simulation.run(p, 42, RunMonitor.NONE)).isNotEqualTo(simulation.run(p, 43, RunMonitor.NONE));
    }

    @Test
    void framesStreamEveryRecordOnceWithTheTheoryFirst() {
        RecordingMonitor collecting = new RecordingMonitor();
        SimulationResult result = simulation.run(parameters(Map.of()), 1, collecting);
        List<Frame> frames = collecting.frames();
        assertThat(frames.getFirst().theory()).containsKeys("meanCosine", "alignment");
        assertThat(frames.subList(1, frames.size())).allMatch(f -> f.theory().isEmpty());
        List<Double> steps = new ArrayList<>();
        frames.forEach(f -> {
            for (double x : f.appended().get("nc1").x()) {
                steps.add(x);
            }
        });
        assertThat(steps).hasSize(result.series().get("nc1").size()).hasSize(NeuralCollapse.RECORDS);
        assertThat(steps.getLast()).isEqualTo(3000.0);
        assertThat(frames.getLast().progress()).isEqualTo(1.0);
    }

    @Test
    void aStopEndsTheRunAtTheNextCheckpoint() {
        StopAfterCheckpoints stop = new StopAfterCheckpoints(10);
        assertThatThrownBy(() -> simulation.run(parameters(Map.of()), 1, stop))
                .isInstanceOf(RunCancelledException.class);
        assertThat(stop.reached()).isEqualTo(11);
    }

    @Test
    void tooExpensiveRunsAreRefusedInPlainWords() {
        Map<String, Object> widest = new HashMap<>(Map.of("classes", 10L, "perClass", 100L, "dimension", 32L,
                "steps", 20000L));
        assertThatThrownBy(() -> parameters(widest))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("would take too long; use at most 937 steps")
                .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo("steps");
        widest.put("steps", 937L);
        assertThat(parameters(widest).integer("steps")).isEqualTo(937);
    }

    @Test
    void everyPresetIsAValidSetOfParameters() {
        simulation.descriptor().presets().forEach(preset -> parameters(preset.values()));
    }
}
