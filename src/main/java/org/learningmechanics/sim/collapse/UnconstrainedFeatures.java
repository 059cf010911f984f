package org.learningmechanics.sim.collapse;

import java.util.Arrays;

import org.hipparchus.random.RandomGenerator;

/**
 * The unconstrained-features model of Mixon, Parshall &amp; Pi (2020) in the form of Zhu et al. (NeurIPS 2021,
 * eq. 3): every training sample's last-layer feature {@code h_i ∈ ℝ^d} is a free parameter, read out by a linear
 * classifier {@code W ∈ ℝ^{K×d}} with bias {@code b}, and all three are trained by full-batch gradient descent on
 *
 * <pre>  f(W, H, b) = (1/N) Σ_i CE(W h_i + b, y_i) + λ/2 (‖W‖²_F + ‖H‖²_F + ‖b‖²).</pre>
 *
 * <p>The gradients are exact: with {@code g_i = (softmax(W h_i + b) − e_{y_i}) / N},
 * {@code ∇_W = Σ_i g_i h_iᵀ + λW}, {@code ∇_{h_i} = Wᵀ g_i + λ h_i}, {@code ∇_b = Σ_i g_i + λb}.
 */
final class UnconstrainedFeatures {

    /** Standard deviation of the Gaussian initial entries of W and H. */
    static final double INIT_SCALE = 0.1;

    private final int[] labels;
    private final int classes;
    private final double lambda;
    private final double[][] w;
    private final double[][] h;
    private final double[] b;
    private final double[][] gradW;
    private final double[] gradB;
    private final double[] logits;

    UnconstrainedFeatures(int[] labels, int classes, int dimension, double lambda, RandomGenerator random) {
        this.labels = labels.clone();
        this.classes = classes;
        this.lambda = lambda;
        this.w = gaussian(random, classes, dimension);
        this.h = gaussian(random, labels.length, dimension);
        this.b = new double[classes];
        this.gradW = new double[classes][dimension];
        this.gradB = new double[classes];
        this.logits = new double[classes];
    }

    private static double[][] gaussian(RandomGenerator random, int rows, int columns) {
        double[][] m = new double[rows][columns];
        for (double[] row : m) {
            for (int j = 0; j < columns; j++) {
                row[j] = INIT_SCALE * random.nextGaussian();
            }
        }
        return m;
    }

    /**
     * One step of full-batch gradient descent with rate η on all of W, H and b at once. Each h_i moves right after
     * its own gradient is taken; that gradient involves only W, b and h_i, and W and b move after the loop, so every
     * gradient is taken at the current point, as in plain GD.
     *
     * @return the objective f before the step
     */
    double step(double eta) {
        int n = labels.length;
        int d = w[0].length;
        for (double[] row : gradW) {
            Arrays.fill(row, 0);
        }
        Arrays.fill(gradB, 0);
        double crossEntropy = 0;
        double penalty = 0;
        double[] g = new double[classes];
        double[] featureStep = new double[d];
        for (int i = 0; i < n; i++) {
            double[] hi = h[i];
            crossEntropy += probabilities(hi, g, labels[i]);
            for (int k = 0; k < classes; k++) {
                g[k] = (g[k] - (k == labels[i] ? 1 : 0)) / n;
                gradB[k] += g[k];
            }
            Arrays.fill(featureStep, 0);
            for (int k = 0; k < classes; k++) {
                double[] wk = w[k];
                double[] gw = gradW[k];
                for (int j = 0; j < d; j++) {
                    gw[j] += g[k] * hi[j];
                    featureStep[j] += g[k] * wk[j];
                }
            }
            for (int j = 0; j < d; j++) {
                penalty += hi[j] * hi[j];
                hi[j] -= eta * (featureStep[j] + lambda * hi[j]);
            }
        }
        for (int k = 0; k < classes; k++) {
            for (int j = 0; j < d; j++) {
                penalty += w[k][j] * w[k][j];
                w[k][j] -= eta * (gradW[k][j] + lambda * w[k][j]);
            }
            penalty += b[k] * b[k];
            b[k] -= eta * (gradB[k] + lambda * b[k]);
        }
        return crossEntropy / n + lambda / 2 * penalty;
    }

    /** Fills {@code p} with softmax(W h + b) and returns the cross-entropy −log p_label. */
    private double probabilities(double[] hi, double[] p, int label) {
        double max = Double.NEGATIVE_INFINITY;
        for (int k = 0; k < classes; k++) {
            double z = b[k];
            double[] wk = w[k];
            for (int j = 0; j < hi.length; j++) {
                z += wk[j] * hi[j];
            }
            logits[k] = z;
            max = Math.max(max, z);
        }
        double sum = 0;
        for (int k = 0; k < classes; k++) {
            p[k] = Math.exp(logits[k] - max);
            sum += p[k];
        }
        for (int k = 0; k < classes; k++) {
            p[k] /= sum;
        }
        return -(logits[label] - max - Math.log(sum));
    }

    double[][] features() {
        return h;
    }

    double[][] classifier() {
        return w;
    }

    int[] labels() {
        return labels;
    }
}
