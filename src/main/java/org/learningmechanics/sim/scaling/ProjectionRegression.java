package org.learningmechanics.sim.scaling;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.ArrayRealVector;
import org.hipparchus.linear.CholeskyDecomposition;
import org.hipparchus.linear.RealVector;
import org.hipparchus.random.RandomGenerator;

/**
 * One random draw of each axis of the scaling-law model of {@link SpectrumTheory}. Both come down to projecting a
 * vector onto the row space of an n × M matrix G whose rows are independent N(0, Λ) vectors:
 * <ul>
 *   <li>data axis (n samples, ridgeless): the minimum-norm least-squares weights are the projection of the teacher
 *       {@code 1} onto the rows (the data), and the test loss is {@code Σ_k λ_k (1 − ŵ_k)²};</li>
 *   <li>model axis (n random projections {@code Fx}, F with N(0, 1) entries, infinite data): the best readout
 *       leaves the residual of projecting {@code u = Λ^{1/2} 1} onto the rows of {@code G = F Λ^{1/2}}, and the
 *       loss is its squared norm.</li>
 * </ul>
 * Each projection solves {@code (G Gᵀ) c = G t} by Cholesky and forms {@code t − Gᵀ c} directly, so the small loss
 * is not the difference of two large numbers.
 */
final class ProjectionRegression {

    /** Pivots below this (relative to the O(1) diagonal) would mean a numerically singular Gram matrix. */
    private static final double POSITIVITY = 1e-14;

    private ProjectionRegression() {
    }

    /** Loss of one draw of size n on the given axis. */
    static double loss(double[] lambda, int n, boolean dataAxis, RandomGenerator random) {
        int m = lambda.length;
        double[][] g = new double[n][m];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < m; k++) {
                g[i][k] = Math.sqrt(lambda[k]) * random.nextGaussian();
            }
        }
        double[] target = new double[m];
        for (int k = 0; k < m; k++) {
            target[k] = dataAxis ? 1 : Math.sqrt(lambda[k]);
        }
        double[] residual = residual(g, target);
        double loss = 0;
        for (int k = 0; k < m; k++) {
            double r = residual[k];
            loss += (dataAxis ? lambda[k] : 1) * r * r;
        }
        return loss;
    }

    /** {@code t − P t} with P the orthogonal projector onto the row space of g. */
    private static double[] residual(double[][] g, double[] t) {
        int n = g.length;
        int m = t.length;
        double[][] gram = new double[n][n];
        double[] right = new double[n];
        for (int i = 0; i < n; i++) {
            double[] gi = g[i];
            for (int j = 0; j <= i; j++) {
                double[] gj = g[j];
                double sum = 0;
                for (int k = 0; k < m; k++) {
                    sum += gi[k] * gj[k];
                }
                gram[i][j] = sum;
                gram[j][i] = sum;
            }
            double dot = 0;
            for (int k = 0; k < m; k++) {
                dot += gi[k] * t[k];
            }
            right[i] = dot;
        }
        RealVector c = new CholeskyDecomposition(new Array2DRowRealMatrix(gram, false), 1e-9, POSITIVITY)
                .getSolver().solve(new ArrayRealVector(right, false));
        double[] residual = t.clone();
        for (int i = 0; i < n; i++) {
            double ci = c.getEntry(i);
            double[] gi = g[i];
            for (int k = 0; k < m; k++) {
                residual[k] -= ci * gi[k];
            }
        }
        return residual;
    }
}
