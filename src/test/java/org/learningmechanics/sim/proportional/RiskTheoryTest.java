package org.learningmechanics.sim.proportional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The risk formulas against hand values, each other and their limits. */
class RiskTheoryTest {

    @Test
    void exactRiskMatchesHandValuesOnBothSidesOfThePeak() {
        assertThat(RiskTheory.exactMinNorm(40, 20, 1, 0.25)).isCloseTo(0.25 * 20 / 19, within(1e-15));
        assertThat(RiskTheory.exactMinNorm(40, 80, 1, 0.25)).isCloseTo(0.5 + 0.25 * 40 / 39, within(1e-15));
    }

    @Test
    void exactRiskIsInfiniteWithinOneOfTheInterpolationThresholdOnlyWhenThereIsNoise() {
        for (int d = 39; d <= 41; d++) {
            assertThat(RiskTheory.exactMinNorm(40, d, 1, 0.25)).isInfinite();
        }
        assertThat(RiskTheory.exactMinNorm(40, 38, 1, 0.25)).isFinite();
        assertThat(RiskTheory.exactMinNorm(40, 42, 1, 0.25)).isFinite();
        assertThat(RiskTheory.exactMinNorm(40, 40, 1, 0)).isZero();
        assertThat(RiskTheory.exactMinNorm(40, 41, 1, 0)).isCloseTo(1.0 / 41, within(1e-15));
        assertThat(RiskTheory.proportionalLimit(1, 1, 0.25)).isInfinite();
    }

    @ParameterizedTest
    @CsvSource({"0.5", "0.9", "1.5", "3"})
    void exactRiskTendsToTheProportionalLimitAsNGrows(double gamma) {
        int n = 200_000;
        int d = (int) Math.round(gamma * n);
        assertThat(RiskTheory.exactMinNorm(n, d, 1, 0.25))
                .isCloseTo(RiskTheory.proportionalLimit(gamma, 1, 0.25), within(1e-3));
    }

    @ParameterizedTest
    @CsvSource({"40, 20", "40, 80", "100, 300", "50, 45"})
    void theEigenframeworkWithVanishingRidgeIsTheProportionalLimit(int n, int d) {
        assertThat(RiskTheory.ridge(n, d, 1, 0.25, 1e-9))
                .isCloseTo(RiskTheory.proportionalLimit((double) d / n, 1, 0.25), within(1e-5));
    }

    @Test
    void theOptimalRidgeGivesAFiniteRiskBelowTheSignalAtTheThreshold() {
        // λ* = σ²γ/r² is the Bayes-optimal ridge for a β with isotropic prior; at γ = 1 the risk stays below r².
        double risk = RiskTheory.ridge(40, 40, 1, 0.25, 0.25);
        assertThat(risk).isFinite().isLessThan(1).isGreaterThan(0);
    }
}
