package org.learningmechanics.sim.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The closed forms of the noisy quadratic model against the recursion they solve, iterated step by step. */
class QuadraticModelTest {

    private static final QuadraticModel MODEL = new QuadraticModel(new double[] {1, 0.5, 0.1},
            new double[] {2, 1, 0.2}, new double[] {1, -2, 3});

    @ParameterizedTest
    @CsvSource({"0.1, 1", "0.5, 8", "1.9, 32", "0.01, 1024"})
    void theClosedFormExpectedLossSolvesTheSecondMomentRecursion(double eta, double batch) {
        double[] moment = new double[3];
        for (int i = 0; i < 3; i++) {
            moment[i] = MODEL.start()[i] * MODEL.start()[i];
        }
        for (int t = 1; t <= 300; t++) {
            double loss = 0;
            for (int i = 0; i < 3; i++) {
                double keep = 1 - eta * MODEL.curvature()[i];
                moment[i] = keep * keep * moment[i] + eta * eta * MODEL.noiseVariance()[i] / batch;
                loss += MODEL.curvature()[i] * moment[i] / 2;
            }
            assertThat(MODEL.expectedLoss(t, eta, batch)).isCloseTo(loss, within(1e-12 * Math.max(1, loss)));
        }
    }

    @ParameterizedTest
    @CsvSource({"0.1, 1", "0.5, 8", "1.9, 32"})
    void theStationaryLossIsTheLimitOfTheExpectedLoss(double eta, double batch) {
        assertThat(MODEL.expectedLoss(1e6, eta, batch))
                .isCloseTo(MODEL.stationaryLoss(eta, batch), within(1e-12));
    }

    @ParameterizedTest
    @CsvSource({"2.0", "2.5"})
    void atOrBeyondTwoOverTheLargestCurvatureThereIsNoStationaryLoss(double eta) {
        assertThat(MODEL.stationaryLoss(eta, 1)).isInfinite();
    }

    @ParameterizedTest
    @CsvSource({"1", "16", "1000"})
    void aBatchAsLargeAsTheNoiseScaleGetsHalfOfANoiselessStepsProgress(double scale) {
        QuadraticModel scaled = new QuadraticModel(MODEL.curvature(), new double[] {2 * scale, scale, 0.2 * scale},
                MODEL.start());
        assertThat(scaled.bestStepShare(scaled.noiseScale())).isCloseTo(0.5, within(1e-12));
        // B_noise = tr(HΣ)/(GᵀHG) with G = Hθ(0): (2 + 0.5 + 0.02)·s / (1 + 0.125·4 + 0.001·9).
        assertThat(scaled.noiseScale()).isCloseTo(2.52 * scale / 1.509, within(1e-12 * scale));
    }
}
