package org.learningmechanics.sim.superposition;

import java.util.Arrays;

import org.hipparchus.random.RandomGenerator;

/**
 * The ReLU output model of Elhage et al., "Toy Models of Superposition" (2022, arXiv:2209.10652):
 * {@code x' = ReLU(WᵀW x + b)} with {@code W ∈ ℝ^{m×n}}, trained on the importance-weighted squared
 * error {@code L = E_x Σ_i I_i (x_i − x'_i)²} estimated on fresh batches of synthetic data: each feature is active
 * with probability p (the density, 1 − S in the paper's sparsity S) and then uniform on [0, 1].
 *
 * <p>Gradients are exact for each batch: with {@code h = Wx}, {@code z = Wᵀh + b} and
 * {@code e_i = 2 I_i (x'_i − x_i) [z_i > 0] / B}, {@code ∂L/∂b_i = Σ e_i} and
 * {@code ∂L/∂W_{ak} = Σ (e_k h_a + x_k (W e)_a)} (W enters twice, as encoder and as tied decoder).
 *
 * <p>The optimiser is Adam (Kingma &amp; Ba, ICLR 2015, Algorithm 1) with its default β₁ = 0.9, β₂ = 0.999,
 * ε = 10⁻⁸. Hipparchus has no Adam, so its update is written out here.
 */
final class ToyModel {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final int n;
    private final int m;
    private final double[] importance;
    private final double density;
    /** Parameters packed as W (row-major, m×n) followed by b (n); Adam moments alongside. */
    private final double[] theta;
    private final double[] grad;
    private final double[] first;
    private final double[] second;
    private int t;

    ToyModel(int features, int hidden, double[] importance, double density, RandomGenerator random) {
        this.n = features;
        this.m = hidden;
        this.importance = importance.clone();
        this.density = density;
        this.theta = new double[m * n + n];
        double xavier = Math.sqrt(2.0 / (n + m));
        for (int i = 0; i < m * n; i++) {
            theta[i] = xavier * random.nextGaussian();
        }
        this.grad = new double[theta.length];
        this.first = new double[theta.length];
        this.second = new double[theta.length];
    }

    /**
     * Draws a batch, takes its gradient and makes one Adam step.
     *
     * @return the batch loss before the step
     */
    double step(int batch, double learningRate, RandomGenerator random) {
        Arrays.fill(grad, 0);
        double loss = 0;
        double[] x = new double[n];
        double[] h = new double[m];
        double[] e = new double[n];
        double[] we = new double[m];
        for (int s = 0; s < batch; s++) {
            for (int i = 0; i < n; i++) {
                x[i] = random.nextDouble() < density ? random.nextDouble() : 0;
            }
            for (int a = 0; a < m; a++) {
                double sum = 0;
                for (int i = 0; i < n; i++) {
                    sum += theta[a * n + i] * x[i];
                }
                h[a] = sum;
            }
            Arrays.fill(we, 0);
            for (int i = 0; i < n; i++) {
                double z = theta[m * n + i];
                for (int a = 0; a < m; a++) {
                    z += theta[a * n + i] * h[a];
                }
                double out = Math.max(0, z);
                double diff = out - x[i];
                loss += importance[i] * diff * diff;
                e[i] = z > 0 ? 2 * importance[i] * diff / batch : 0;
                grad[m * n + i] += e[i];
                for (int a = 0; a < m; a++) {
                    we[a] += theta[a * n + i] * e[i];
                }
            }
            for (int a = 0; a < m; a++) {
                for (int k = 0; k < n; k++) {
                    grad[a * n + k] += e[k] * h[a] + x[k] * we[a];
                }
            }
        }
        adam(learningRate);
        return loss / batch;
    }

    private void adam(double learningRate) {
        t++;
        double correction1 = 1 - Math.pow(BETA1, t);
        double correction2 = 1 - Math.pow(BETA2, t);
        for (int i = 0; i < theta.length; i++) {
            first[i] = BETA1 * first[i] + (1 - BETA1) * grad[i];
            second[i] = BETA2 * second[i] + (1 - BETA2) * grad[i] * grad[i];
            double mHat = first[i] / correction1;
            double vHat = second[i] / correction2;
            theta[i] -= learningRate * mHat / (Math.sqrt(vHat) + EPSILON);
        }
    }

    /** Column i of W: the hidden-space direction of feature i. */
    double[] direction(int i) {
        double[] w = new double[m];
        for (int a = 0; a < m; a++) {
            w[a] = theta[a * n + i];
        }
        return w;
    }

    /** A copy of W, m×n. */
    double[][] weights() {
        double[][] w = new double[m][n];
        for (int a = 0; a < m; a++) {
            System.arraycopy(theta, a * n, w[a], 0, n);
        }
        return w;
    }

    double bias(int i) {
        return theta[m * n + i];
    }
}
