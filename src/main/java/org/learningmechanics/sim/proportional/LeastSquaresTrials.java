package org.learningmechanics.sim.proportional;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.EigenDecompositionSymmetric;
import org.hipparchus.random.RandomGenerator;

/**
 * Draws training sets {@code X ∈ ℝ^{n×d}} with i.i.d. N(0, 1) entries, {@code y = Xβ + ε}, fits
 * {@code β̂ = V diag(s/(s² + nλ)) Uᵀ y} from the singular value decomposition {@code X = U S Vᵀ} (for λ = 0 the
 * factor is 1/s on the nonzero singular values: the pseudo-inverse {@code X⁺y}, i.e. min-norm least squares) and measures
 * the risk {@code ‖β̂ − β‖²}, which for isotropic x is exactly the excess test error.
 */
final class LeastSquaresTrials {

    private final RandomGenerator random;

    /** Mean and standard error of the risk over the trials at one dimension. */
    record Estimate(double mean, double standardError) {
    }

    LeastSquaresTrials(RandomGenerator random) {
        this.random = random;
    }

    /** One draw of β (uniform direction, ‖β‖² = r²), X and ε, fitted; the draw order fixes the result for a seed. */
    double risk(int n, int d, double signal, double noise, double ridge) {
        double[] beta = new double[d];
        double norm = 0;
        for (int j = 0; j < d; j++) {
            beta[j] = random.nextGaussian();
            norm += beta[j] * beta[j];
        }
        double scale = Math.sqrt(signal / norm);
        for (int j = 0; j < d; j++) {
            beta[j] *= scale;
        }
        double[][] x = new double[n][d];
        double[] y = new double[n];
        double sigma = Math.sqrt(noise);
        for (int i = 0; i < n; i++) {
            double label = 0;
            for (int j = 0; j < d; j++) {
                x[i][j] = random.nextGaussian();
                label += x[i][j] * beta[j];
            }
            y[i] = label + sigma * random.nextGaussian();
        }
        double[] fitted = fit(MatrixUtils.createRealMatrix(x), y, n * ridge);
        double risk = 0;
        for (int j = 0; j < d; j++) {
            double miss = fitted[j] - beta[j];
            risk += miss * miss;
        }
        return risk;
    }

    /**
     * Ridge (or, for δ = 0, min-norm) solution through the eigendecomposition of the smaller Gram matrix, which gives
     * the singular value decomposition {@code X = U S Vᵀ} without forming the larger factor: for d ≤ n,
     * {@code XᵀX = V S² Vᵀ} and {@code β̂ = V g(S²) Vᵀ Xᵀy}; for d &gt; n, {@code XXᵀ = U S² Uᵀ} and
     * {@code β̂ = Xᵀ U g(S²) Uᵀ y}, with {@code g(s²) = 1/(s² + δ)}. Without ridge, eigenvalues below
     * {@code max(n, d)·ε·s²_max} count as zero, the usual numerical-rank cut of a pseudo-inverse.
     */
    static double[] fit(RealMatrix x, double[] y, double delta) {
        boolean tall = x.getColumnDimension() <= x.getRowDimension();
        RealMatrix gram = tall ? x.transposeMultiply(x) : x.multiplyTransposed(x);
        EigenDecompositionSymmetric eigen = new EigenDecompositionSymmetric(gram);
        double[] s2 = eigen.getEigenvalues();
        double largest = 0;
        for (double e : s2) {
            largest = Math.max(largest, e);
        }
        double cut = Math.max(x.getRowDimension(), x.getColumnDimension()) * Math.ulp(largest);
        RealMatrix basis = eigen.getV();
        double[] projected = basis.preMultiply(tall ? x.preMultiply(y) : y);
        for (int k = 0; k < s2.length; k++) {
            projected[k] = delta > 0 ? projected[k] / (s2[k] + delta) : s2[k] > cut ? projected[k] / s2[k] : 0;
        }
        double[] solved = basis.operate(projected);
        return tall ? solved : x.preMultiply(solved);
    }

    /** The mean risk over {@code trials} independent draws, with its standard error. */
    Estimate estimate(int n, int d, double signal, double noise, double ridge, int trials, Runnable checkpoint) {
        double sum = 0;
        double squares = 0;
        for (int t = 0; t < trials; t++) {
            checkpoint.run();
            double r = risk(n, d, signal, noise, ridge);
            sum += r;
            squares += r * r;
        }
        double mean = sum / trials;
        double variance = Math.max(0, squares / trials - mean * mean);
        return new Estimate(mean, Math.sqrt(variance / (trials - 1)));
    }
}
