package org.learningmechanics.sim.kernel;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.util.FastMath;
import org.hipparchus.util.SinCos;

/**
 * How a training input is drawn, seen through the kernel's eigenfunctions: a sample is the vector of its
 * eigenfunction values {@code (φ_1(x), …, φ_M(x))}, orthonormal under the input distribution in both designs, so
 * the kernel, the target and the exact test error are the same functions of the eigencoefficients.
 *
 * <ul>
 *   <li>{@link #GAUSSIAN}: every value an independent N(0, 1). This is the design the eigenframework's derivation
 *       treats as exact in the limit (Simon et al. 2023, §4; Bordelon et al. 2020), and it agrees closely already
 *       at a few samples.</li>
 *   <li>{@link #CIRCLE}: {@code x} uniform on the circle, {@code φ_1 = 1}, {@code φ_{2j} = √2 cos(jx)},
 *       {@code φ_{2j+1} = √2 sin(jx)}. The values are uncorrelated but far from independent (all are functions of
 *       one angle), which is where the theory's averaging argument fails at small n.</li>
 * </ul>
 */
enum Design {
    GAUSSIAN {
        @Override
        void drawSample(RandomGenerator random, double[] row) {
            for (int k = 0; k < row.length; k++) {
                row[k] = random.nextGaussian();
            }
        }
    },
    CIRCLE {
        @Override
        void drawSample(RandomGenerator random, double[] row) {
            double angle = 2 * Math.PI * random.nextDouble();
            row[0] = 1;
            for (int mode = 2; mode <= row.length; mode++) {
                SinCos sinCos = FastMath.sinCos((mode / 2) * angle);
                row[mode - 1] = SQRT2 * (mode % 2 == 0 ? sinCos.cos() : sinCos.sin());
            }
        }
    };

    static final String GAUSSIAN_NAME = "gaussian";
    static final String CIRCLE_NAME = "circle";
    private static final double SQRT2 = Math.sqrt(2);

    /** Fills {@code row} with the eigenfunction values of one freshly drawn input. */
    abstract void drawSample(RandomGenerator random, double[] row);

    static Design of(String parameterValue) {
        return CIRCLE_NAME.equals(parameterValue) ? CIRCLE : GAUSSIAN;
    }
}
