package org.learningmechanics.sim.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The eigenframework estimates against their defining equation and their known limits. Tolerances: κ is found to
 * 1e-14 in ln κ, so the conservation law holds to n·1e-14 (checked at 1e-10); limits are checked to the order of the
 * neglected terms, stated at each assertion.
 */
class KernelEigenlearningTheoryTest {

    private static double[] spectrum(int features, double decay) {
        double[] lambda = new double[features];
        for (int k = 0; k < features; k++) {
            lambda[k] = Math.pow(k + 1, -decay);
        }
        return lambda;
    }

    @ParameterizedTest
    @CsvSource({"1, 200, 1.5, 1e-3", "100, 200, 1.5, 1e-3", "30, 20, 0.5, 10", "400, 20, 3, 1e-6", "19, 20, 2, 1e-6",
            "250, 400, 1, 1e-6"})
    void kappaSolvesTheConservationLawToTenDigits(int n, int features, double decay, double ridge) {
        double[] lambda = spectrum(features, decay);
        double kappa = EigenlearningTheory.kappa(lambda, n, ridge);
        assertThat(kappa).isPositive();
        assertThat(EigenlearningTheory.residual(lambda, n, ridge, kappa)).isCloseTo(0, within(1e-10));
    }

    @Test
    void aHugeRidgeMakesKappaTheRidgePerSample() {
        double[] lambda = spectrum(200, 1.5);
        double ridge = 1e6;
        int n = 50;
        double kappa = EigenlearningTheory.kappa(lambda, n, ridge);
        // Σλ/(λ+κ) = Σλ/κ (1 + O(λ₁/κ)), so κ = (Σλ + δ)/n up to a relative O(λ₁/κ) ≈ 5e-5; Σλ ≈ 2.5 is tiny next to δ.
        assertThat(kappa * n / ridge).isCloseTo(1, within(1e-4));
        assertThat(EigenlearningTheory.learnabilities(lambda, kappa)[0]).isLessThan(1e-4);
    }

    @Test
    void withVanishingDataNothingIsLearned() {
        double[] lambda = spectrum(200, 1.5);
        double[] learnability = EigenlearningTheory.learnabilities(lambda,
                EigenlearningTheory.kappa(lambda, 1e-4, 1e-3));
        // Σ L_k ≤ n, so each learnability is at most n = 1e-4.
        for (double l : learnability) {
            assertThat(l).isBetween(0.0, 1e-4);
        }
    }

    @Test
    void higherModesAreLearnedLessAndLearnabilityIsConserved() {
        double[] lambda = spectrum(200, 1.2);
        int n = 40;
        double ridge = 0.01;
        double kappa = EigenlearningTheory.kappa(lambda, n, ridge);
        double[] learnability = EigenlearningTheory.learnabilities(lambda, kappa);
        double total = ridge / kappa;
        for (int k = 0; k < learnability.length; k++) {
            total += learnability[k];
            if (k > 0) {
                assertThat(learnability[k]).isLessThan(learnability[k - 1]);
            }
        }
        assertThat(total).isCloseTo(n, within(1e-10));
    }

    @Test
    void moreDataNeverHurtsANoiselessTarget() {
        double[] lambda = spectrum(200, 1.5);
        double[] target = new double[200];
        target[0] = target[4] = target[19] = 1 / Math.sqrt(3);
        double previous = 1;
        for (int n = 1; n <= 300; n++) {
            double error = EigenlearningTheory.excessTestError(lambda, target, n, 1e-3, 0);
            assertThat(error).isLessThanOrEqualTo(previous);
            previous = error;
        }
    }

    @Test
    void fewModesManySamplesAndNoRidgeGiveTheOrdinaryLeastSquaresNoiseFloor() {
        // With M = 20 modes, n = 200 and δ → 0 every mode is learned (L → 1) and E₀ → n/(n − M), so the excess
        // error is ε² M/(n − M) = 1/9; the neglected terms are O(δ/κ) with κ ≈ δ/(n − M), i.e. about 1e-9 here.
        double[] lambda = spectrum(20, 1.0);
        double[] target = new double[20];
        target[0] = 1;
        double error = EigenlearningTheory.excessTestError(lambda, target, 200, 1e-9, 1.0);
        assertThat(error).isCloseTo(20.0 / 180, within(1e-6));
    }
}
