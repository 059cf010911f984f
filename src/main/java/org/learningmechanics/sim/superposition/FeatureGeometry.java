package org.learningmechanics.sim.superposition;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * How a trained W places its features (Elhage et al. 2022, arXiv:2209.10652).
 *
 * <p>Feature dimensionality {@code D_i = ‖W_i‖² / Σ_j (Ŵ_i · W_j)²} (their definition) is the
 * fraction of a hidden dimension feature i occupies: 1 for a feature with a dimension to itself, 0 for one not
 * represented.
 *
 * <p>The theory line: if the k represented features form an equal-norm tight frame in the m hidden dimensions —
 * {@code Σ_j W_j W_jᵀ = (k r²/m) I} with every {@code ‖W_j‖ = r}, which holds for orthogonal features (k = m), for
 * antipodal pairs spanning the space (k = 2m) and for a regular pentagon in the plane (k = 5, m = 2) — then
 * {@code Σ_j (Ŵ_i · W_j)² = Ŵ_iᵀ (Σ_j W_j W_jᵀ) Ŵ_i = k r²/m}, so {@code D_i = m/k}: 1, ½ and ⅖ for those three.
 */
final class FeatureGeometry {

    /** A feature counts as represented when ‖W_i‖ exceeds this (the catalogue's definition). */
    static final double REPRESENTED = 0.5;

    private FeatureGeometry() {
    }

    static double[] norms(double[][] w) {
        int n = w[0].length;
        double[] norms = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            for (double[] row : w) {
                sum += row[i] * row[i];
            }
            norms[i] = Math.sqrt(sum);
        }
        return norms;
    }

    static double[] dimensionalities(double[][] w) {
        int n = w[0].length;
        double[] norms = norms(w);
        double[] d = new double[n];
        for (int i = 0; i < n; i++) {
            if (norms[i] == 0) {
                continue;
            }
            double denominator = 0;
            for (int j = 0; j < n; j++) {
                double dot = 0;
                for (double[] row : w) {
                    dot += row[i] * row[j];
                }
                denominator += dot * dot / (norms[i] * norms[i]);
            }
            d[i] = norms[i] * norms[i] / denominator;
        }
        return d;
    }

    static int represented(double[][] w) {
        int k = 0;
        for (double norm : norms(w)) {
            if (norm > REPRESENTED) {
                k++;
            }
        }
        return k;
    }

    /** m/k for every represented feature (k of them), 0 for the others. */
    static double[] tightFrameDimensionalities(double[][] w) {
        double[] norms = norms(w);
        int k = represented(w);
        double[] d = new double[norms.length];
        for (int i = 0; i < norms.length; i++) {
            d[i] = norms[i] > REPRESENTED ? (double) w.length / k : 0;
        }
        return d;
    }

    /**
     * Two coordinates per feature to draw: the hidden coordinates themselves when m = 2, otherwise the projection
     * onto W's two leading left singular vectors (the plane that holds most of the features' squared length).
     */
    static double[][] planeCoordinates(double[][] w) {
        if (w.length == 2) {
            return new double[][] {w[0].clone(), w[1].clone()};
        }
        RealMatrix matrix = MatrixUtils.createRealMatrix(w);
        RealMatrix u = new SingularValueDecomposition(matrix).getU();
        RealMatrix plane = u.getSubMatrix(0, w.length - 1, 0, 1);
        return plane.transposeMultiply(matrix).getData();
    }
}
