package org.learningmechanics.sim.kernel;

import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.MatrixUtils;

/**
 * Kernel ridge regression written in the kernel's eigenbasis. A sample is its feature vector {@code z ∈ ℝ^M}, the
 * kernel is {@code K(x, x') = Σ_k λ_k z_k z'_k}, and on the first {@code m} rows of a design {@code Z} the fitted
 * function has eigencoefficients
 * <pre>  â = Λ Zᵀ (Z Λ Zᵀ + δ I)⁻¹ y,</pre>
 * while the learning transfer operator (the linear map from target coefficients to fitted ones) is
 * {@code T = Λ Zᵀ (Z Λ Zᵀ + δ I)⁻¹ Z}, whose diagonal is the per-draw learnability of each mode (Simon et al. 2023).
 *
 * <p>The n×n system is factored once by Hipparchus' Cholesky decomposition ({@code A = L Lᵀ}); with
 * {@code W = L⁻¹ Z} and {@code u = L⁻¹ y} both quantities are row sums, {@code T_kk = λ_k Σ_i W_ik²} and
 * {@code â_k = λ_k Σ_i W_ik u_i}, so one forward substitution serves both.
 */
final class KernelRidgeFit {

    /** Cholesky pivots are at least δ &gt; 0 in exact arithmetic; the check only has to catch genuine breakdown. */
    private static final double POSITIVITY_THRESHOLD = 0;
    private static final double SYMMETRY_THRESHOLD = 1e-12;

    /** The fitted coefficients and, when asked for, the diagonal of the transfer operator. */
    record Fit(double[] coefficients, double[] transferDiagonal) {
    }

    private KernelRidgeFit() {
    }

    /**
     * Fits on the first {@code m} rows of {@code z} and {@code y}.
     *
     * @param withTransfer whether to compute the transfer diagonal too (costs a forward substitution with M
     *                     right-hand sides instead of one)
     */
    static Fit fit(double[][] z, double[] y, int m, double[] lambda, double ridge, boolean withTransfer) {
        double[][] lower = cholesky(z, m, lambda, ridge);
        int features = lambda.length;
        int columns = withTransfer ? features + 1 : 1;
        // Right-hand sides side by side: the y column last, the columns of Z before it when the transfer is wanted.
        double[][] w = new double[m][columns];
        for (int i = 0; i < m; i++) {
            if (withTransfer) {
                System.arraycopy(z[i], 0, w[i], 0, features);
            }
            w[i][columns - 1] = y[i];
            double[] row = w[i];
            double[] l = lower[i];
            for (int j = 0; j < i; j++) {
                double a = l[j];
                double[] previous = w[j];
                for (int c = 0; c < columns; c++) {
                    row[c] -= a * previous[c];
                }
            }
            for (int c = 0; c < columns; c++) {
                row[c] /= l[i];
            }
        }
        return withTransfer ? withTransfer(w, lambda) : coefficientsOnly(lower, w, z, lambda);
    }

    private static Fit withTransfer(double[][] w, double[] lambda) {
        int features = lambda.length;
        double[] coefficients = new double[features];
        double[] transfer = new double[features];
        for (double[] row : w) {
            double u = row[features];
            for (int k = 0; k < features; k++) {
                coefficients[k] += row[k] * u;
                transfer[k] += row[k] * row[k];
            }
        }
        for (int k = 0; k < features; k++) {
            coefficients[k] *= lambda[k];
            transfer[k] *= lambda[k];
        }
        return new Fit(coefficients, transfer);
    }

    /** Back-substitutes {@code x = L⁻ᵀ u = A⁻¹ y}, then {@code â = Λ Zᵀ x}: cheaper than the transfer route. */
    private static Fit coefficientsOnly(double[][] lower, double[][] w, double[][] z, double[] lambda) {
        int m = w.length;
        double[] x = new double[m];
        for (int i = m - 1; i >= 0; i--) {
            double sum = w[i][0];
            for (int j = i + 1; j < m; j++) {
                sum -= lower[j][i] * x[j];
            }
            x[i] = sum / lower[i][i];
        }
        double[] coefficients = new double[lambda.length];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < lambda.length; k++) {
                coefficients[k] += z[i][k] * x[i];
            }
        }
        for (int k = 0; k < lambda.length; k++) {
            coefficients[k] *= lambda[k];
        }
        return new Fit(coefficients, null);
    }

    /** Lower Cholesky factor of {@code Z_m Λ Z_mᵀ + δ I}, built exactly symmetric so the symmetry check is moot. */
    private static double[][] cholesky(double[][] z, int m, double[] lambda, double ridge) {
        int features = lambda.length;
        double[][] scaled = new double[m][features];
        for (int i = 0; i < m; i++) {
            for (int k = 0; k < features; k++) {
                scaled[i][k] = z[i][k] * lambda[k];
            }
        }
        double[][] gram = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                double[] a = scaled[i];
                double[] b = z[j];
                for (int k = 0; k < features; k++) {
                    sum += a[k] * b[k];
                }
                gram[i][j] = sum;
                gram[j][i] = sum;
            }
            gram[i][i] += ridge;
        }
        return new CholeskyDecomposition(MatrixUtils.createRealMatrix(gram), SYMMETRY_THRESHOLD,
                POSITIVITY_THRESHOLD).getL().getData();
    }
}
