package org.learningmechanics.sim.collapse;

import org.hipparchus.linear.MatrixUtils;
import org.hipparchus.linear.RealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;

/**
 * The neural-collapse observables of Papyan, Han &amp; Donoho (PNAS 2020), measured on the features H and
 * classifier W of one state of training.
 *
 * <ul>
 *   <li>NC1, within-class variability relative to between-class: {@code tr(Σ_W Σ_B⁺)/K}, where
 *       {@code Σ_W = (1/N) Σ_i (h_i − μ_{y_i})(h_i − μ_{y_i})ᵀ}, {@code Σ_B = (1/K) Σ_k (μ_k − μ_G)(μ_k − μ_G)ᵀ}
 *       and ⁺ is the Moore–Penrose pseudo-inverse (Hipparchus SVD).</li>
 *   <li>NC2, the cosines {@code cos(μ_k − μ_G, μ_l − μ_G)} of the centred class means; a simplex equiangular tight
 *       frame has all of them equal to −1/(K−1).</li>
 *   <li>The same cosines between the classifier's rows {@code w_k}: minority collapse (Fang et al. 2021) pushes the
 *       minority classes' rows together.</li>
 *   <li>NC3, alignment of the classifier with the centred means: {@code ⟨W, M⟩_F / (‖W‖_F ‖M‖_F)}, where M's rows
 *       are {@code μ_k − μ_G}; it is 1 when W ∝ M (Papyan et al. plot the equivalent distance
 *       {@code ‖W/‖W‖ − M/‖M‖‖²_F = 2 − 2·alignment}).</li>
 * </ul>
 *
 * <p>The global mean μ_G is the average of the K class means, so that with imbalanced classes a majority class does
 * not pull the centre towards itself (for balanced classes this is the plain mean of all features).
 */
record CollapseMeasures(double nc1, double[][] cosines, double[][] classifierCosines, double alignment) {

    static CollapseMeasures of(double[][] features, int[] labels, double[][] classifier) {
        int classes = classifier.length;
        int d = classifier[0].length;
        double[][] means = new double[classes][d];
        int[] counts = new int[classes];
        for (int i = 0; i < features.length; i++) {
            counts[labels[i]]++;
            for (int j = 0; j < d; j++) {
                means[labels[i]][j] += features[i][j];
            }
        }
        double[] global = new double[d];
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < d; j++) {
                means[k][j] /= counts[k];
                global[j] += means[k][j] / classes;
            }
        }
        double[][] centred = new double[classes][d];
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < d; j++) {
                centred[k][j] = means[k][j] - global[j];
            }
        }
        return new CollapseMeasures(nc1(features, labels, means, centred), cosines(centred), cosines(classifier),
                cosine(classifier, centred));
    }

    private static double nc1(double[][] features, int[] labels, double[][] means, double[][] centred) {
        int d = centred[0].length;
        RealMatrix within = MatrixUtils.createRealMatrix(d, d);
        for (int i = 0; i < features.length; i++) {
            double[] diff = new double[d];
            for (int j = 0; j < d; j++) {
                diff[j] = features[i][j] - means[labels[i]][j];
            }
            addOuter(within, diff, 1.0 / features.length);
        }
        RealMatrix between = MatrixUtils.createRealMatrix(d, d);
        for (double[] m : centred) {
            addOuter(between, m, 1.0 / centred.length);
        }
        RealMatrix pseudoInverse = new SingularValueDecomposition(between).getSolver().getInverse();
        return within.multiply(pseudoInverse).getTrace() / centred.length;
    }

    private static void addOuter(RealMatrix target, double[] v, double weight) {
        for (int a = 0; a < v.length; a++) {
            for (int c = 0; c < v.length; c++) {
                target.addToEntry(a, c, weight * v[a] * v[c]);
            }
        }
    }

    private static double[][] cosines(double[][] vectors) {
        int k = vectors.length;
        double[][] cos = new double[k][k];
        for (int a = 0; a < k; a++) {
            for (int c = 0; c < k; c++) {
                cos[a][c] = cosine(new double[][] {vectors[a]}, new double[][] {vectors[c]});
            }
        }
        return cos;
    }

    /** Cosine of the angle between two matrices (or vectors) under the Frobenius inner product. */
    static double cosine(double[][] a, double[][] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int r = 0; r < a.length; r++) {
            for (int j = 0; j < a[r].length; j++) {
                dot += a[r][j] * b[r][j];
                na += a[r][j] * a[r][j];
                nb += b[r][j] * b[r][j];
            }
        }
        return dot / Math.sqrt(na * nb);
    }

    /** Average cosine of centred class means over the pairs of distinct classes in [from, to). */
    double meanCosine(int from, int to) {
        return average(cosines, from, to);
    }

    /** Average cosine of classifier rows over the pairs of distinct classes in [from, to). */
    double meanClassifierCosine(int from, int to) {
        return average(classifierCosines, from, to);
    }

    private static double average(double[][] cosines, int from, int to) {
        double sum = 0;
        int pairs = 0;
        for (int a = from; a < to; a++) {
            for (int c = a + 1; c < to; c++) {
                sum += cosines[a][c];
                pairs++;
            }
        }
        return pairs == 0 ? Double.NaN : sum / pairs;
    }

    /** Largest distance of any pairwise cosine from the simplex value −1/(K−1). */
    double largestCosineGap() {
        int k = cosines.length;
        double target = -1.0 / (k - 1);
        double worst = 0;
        for (int a = 0; a < k; a++) {
            for (int c = a + 1; c < k; c++) {
                worst = Math.max(worst, Math.abs(cosines[a][c] - target));
            }
        }
        return worst;
    }
}
