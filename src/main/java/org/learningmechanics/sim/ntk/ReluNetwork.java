package org.learningmechanics.sim.ntk;

import org.hipparchus.random.RandomGenerator;

/**
 * A two-layer ReLU network in the NTK parametrisation, {@code f(x) = N^(−1/2) Σ_i a_i ReLU(w_i·x)} on inputs
 * {@code x ∈ ℝ²}, with {@code w_i ~ N(0, I₂)} and {@code a_i ~ N(0, 1)} (Jacot, Gabriel &amp; Hongler 2018), trained by
 * full-batch gradient descent on Chizat, Oyallon &amp; Bach's (2019) scaled objective
 * <pre>  L_α(θ) = (1/α²) · (1/2P) Σ_j (α(f(x_j) − f₀(x_j)) − y_j)²,</pre>
 * where f₀ is the network at initialisation: the model {@code α(f − f₀)} starts at exactly zero, and a large α makes
 * training lazy. Both layers are trained with the same step η.
 */
final class ReluNetwork {

    private final int width;
    private final double[] a;
    private final double[] w0;
    private final double[] w1;
    private final double initialNorm;
    private final double[] initialA;
    private final double[] initialW0;
    private final double[] initialW1;

    /** Draws the weights in the order w₁ (both components), a₁, w₂, a₂, …: fixed for a seed. */
    ReluNetwork(int width, RandomGenerator random) {
        this.width = width;
        a = new double[width];
        w0 = new double[width];
        w1 = new double[width];
        double norm = 0;
        for (int i = 0; i < width; i++) {
            w0[i] = random.nextGaussian();
            w1[i] = random.nextGaussian();
            a[i] = random.nextGaussian();
            norm += w0[i] * w0[i] + w1[i] * w1[i] + a[i] * a[i];
        }
        initialNorm = Math.sqrt(norm);
        initialA = a.clone();
        initialW0 = w0.clone();
        initialW1 = w1.clone();
    }

    int width() {
        return width;
    }

    /** The network's output f(x) (not centred, not scaled). */
    double output(double[] x) {
        double f = 0;
        for (int i = 0; i < width; i++) {
            double z = w0[i] * x[0] + w1[i] * x[1];
            if (z > 0) {
                f += a[i] * z;
            }
        }
        return f / Math.sqrt(width);
    }

    /** The empirical NTK Θ_N(x, x') with the current weights, both layers' contributions. */
    double kernel(double[] x, double[] y) {
        double sum = 0;
        double dot = x[0] * y[0] + x[1] * y[1];
        for (int i = 0; i < width; i++) {
            double zx = w0[i] * x[0] + w1[i] * x[1];
            double zy = w0[i] * y[0] + w1[i] * y[1];
            if (zx > 0 && zy > 0) {
                sum += zx * zy + a[i] * a[i] * dot;
            }
        }
        return sum / width;
    }

    /**
     * One gradient step on L_α. {@code residuals[j] = α(f(x_j) − f₀(x_j)) − y_j} at the current weights; the step
     * moves every parameter by {@code −(η/(αP)) Σ_j r_j ∂f(x_j)/∂θ}.
     */
    void step(double[][] inputs, double[] residuals, double learningRate, double scale) {
        int p = inputs.length;
        double c = learningRate / (scale * p * Math.sqrt(width));
        for (int i = 0; i < width; i++) {
            double ga = 0;
            double g0 = 0;
            double g1 = 0;
            for (int j = 0; j < p; j++) {
                double[] x = inputs[j];
                double z = w0[i] * x[0] + w1[i] * x[1];
                if (z > 0) {
                    double r = residuals[j];
                    ga += r * z;
                    g0 += r * x[0];
                    g1 += r * x[1];
                }
            }
            double ai = a[i];
            a[i] -= c * ga;
            w0[i] -= c * ai * g0;
            w1[i] -= c * ai * g1;
        }
    }

    /** ‖θ − θ₀‖/‖θ₀‖ over all 3N parameters. */
    double relativeWeightChange() {
        double sum = 0;
        for (int i = 0; i < width; i++) {
            double da = a[i] - initialA[i];
            double d0 = w0[i] - initialW0[i];
            double d1 = w1[i] - initialW1[i];
            sum += da * da + d0 * d0 + d1 * d1;
        }
        return Math.sqrt(sum) / initialNorm;
    }
}
