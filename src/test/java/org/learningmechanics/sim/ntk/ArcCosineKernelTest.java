package org.learningmechanics.sim.ntk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The limiting kernel and its spread, against hand values and against direct sampling of neurons. */
class ArcCosineKernelTest {

    @Test
    void theLimitHasTheValuesTheFormulaGivesByHand() {
        assertThat(ArcCosineKernel.limit(0)).isCloseTo(1, within(1e-15));
        assertThat(ArcCosineKernel.limit(Math.PI / 2)).isCloseTo(1 / (2 * Math.PI), within(1e-15));
        assertThat(ArcCosineKernel.limit(Math.PI)).isCloseTo(0, within(1e-15));
        assertThat(ArcCosineKernel.neuronVariance(Math.PI / 2)).isCloseTo(0.25 - 1 / (4 * Math.PI * Math.PI),
                within(1e-15));
        assertThat(ArcCosineKernel.neuronVariance(0)).isCloseTo(3, within(1e-15));
    }

    /**
     * Both layers' contributions, sampled neuron by neuron: 400 000 neurons make the standard error of the mean at
     * most 0.003 (θ = 0, where Var g = 3), so the mean must match the limit to four standard errors; the sampled
     * variance matched formula (2) to 1.7 % or better in a trial run (θ = 0, 0.7, π/2, 2.5), so 5 % is the tolerance.
     */
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.7, Math.PI / 2, 2.5, 3.0})
    void sampledNeuronsAverageToTheLimitWithTheSpreadOfFormulaTwo(double theta) {
        var random = new Well19937c(99);
        int neurons = 400_000;
        double sum = 0;
        double squares = 0;
        double c = Math.cos(theta);
        double s = Math.sin(theta);
        for (int i = 0; i < neurons; i++) {
            double w0 = random.nextGaussian();
            double w1 = random.nextGaussian();
            double a = random.nextGaussian();
            double zx = w0;
            double zy = w0 * c + w1 * s;
            double g = zx > 0 && zy > 0 ? zx * zy + a * a * c : 0;
            sum += g;
            squares += g * g;
        }
        double mean = sum / neurons;
        double variance = squares / neurons - mean * mean;
        double theory = ArcCosineKernel.neuronVariance(theta);
        assertThat(mean).isCloseTo(ArcCosineKernel.limit(theta), within(4 * Math.sqrt(theory / neurons)));
        assertThat(variance).isCloseTo(theory, within(0.05 * theory));
    }

    @Test
    void withoutTheFirstLayerTheLimitWouldBeOnlyTheArcCosineKernelOfDegreeOne() {
        // The output layer alone gives J₁/(2π); the NTK adds the input layer's (π − θ) cos θ/(2π). At θ = 0 each is ½.
        double outputLayerOnly = (Math.sin(0) + Math.PI * Math.cos(0)) / (2 * Math.PI);
        assertThat(outputLayerOnly).isCloseTo(0.5, within(1e-15));
        assertThat(ArcCosineKernel.limit(0)).isCloseTo(2 * outputLayerOnly, within(1e-15));
    }
}
