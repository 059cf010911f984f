package org.learningmechanics.sim.ntk;

/**
 * What a network of infinite width does under {@link ReluNetwork}'s training: gradient descent in function space
 * with the fixed kernel Θ∞ (Jacot et al. 2018; Lee et al., "Wide neural networks of any depth evolve as linear models
 * under gradient descent", NeurIPS 2019, arXiv:1902.06720; here in discrete time).
 *
 * <p>With outputs {@code α(f − f₀)} that start at zero, loss {@code (1/α²)·(1/2P) Σ_j (α(f(x_j) − f₀(x_j)) − y_j)²}
 * and step η, the linearised network's training residuals {@code r_t} (prediction minus label, {@code r₀ = −y}) obey
 * <pre>  r_{t+1} = (I − (η/P) K) r_t,        K = Θ∞(X, X),                          (1)</pre>
 * and after T steps, with {@code S = Σ_{t&lt;T} r_t}, the prediction at any x and the parameter displacement are
 * <pre>  f_T(x) = −(η/P) Θ∞(x, X) S,        ‖θ_T − θ₀‖² = (η/(αP))² SᵀKS.          (2)</pre>
 * The displacement does not depend on N while ‖θ₀‖² ≈ 3N (two input weights and one output weight per neuron, each
 * of unit variance), so the relative weight change is {@code (η/(αP)) √(SᵀKS/(3N))}: it shrinks like N^(−1/2) and
 * like 1/α (Chizat, Oyallon &amp; Bach, NeurIPS 2019, arXiv:1812.07956, lazy training by output scaling).
 * No inverse of K is needed, so a singular K (antipodal inputs make it so: ReLU's NTK has no odd harmonics above the
 * first) does no harm.
 */
final class KernelGradientDescent {

    private final double[][] inputs;
    private final double[][] k;
    private final double[] sum;
    private final double[] loss;

    /** Runs (1) for {@code steps} steps from the labels; {@link #loss()} has steps + 1 entries. */
    KernelGradientDescent(double[][] inputs, double[] labels, double learningRate, int steps) {
        this.inputs = inputs;
        this.k = ArcCosineKernel.gram(inputs);
        int p = labels.length;
        double[] r = new double[p];
        for (int j = 0; j < p; j++) {
            r[j] = -labels[j];
        }
        sum = new double[p];
        loss = new double[steps + 1];
        for (int t = 0; t <= steps; t++) {
            loss[t] = halfMeanSquare(r);
            if (t == steps) {
                break;
            }
            double[] next = new double[p];
            for (int i = 0; i < p; i++) {
                sum[i] += r[i];
                double kr = 0;
                for (int j = 0; j < p; j++) {
                    kr += k[i][j] * r[j];
                }
                next[i] = r[i] - learningRate / p * kr;
            }
            r = next;
        }
        double scale = learningRate / p;
        for (int i = 0; i < p; i++) {
            sum[i] *= scale;
        }
    }

    static double halfMeanSquare(double[] r) {
        double s = 0;
        for (double v : r) {
            s += v * v;
        }
        return s / (2 * r.length);
    }

    /** Training loss (1/2P)‖r_t‖² at every step t = 0 … T. */
    double[] loss() {
        return loss.clone();
    }

    /** Equation (2): the infinite-width prediction at a unit input. */
    double predict(double[] x) {
        double f = 0;
        for (int j = 0; j < inputs.length; j++) {
            f -= ArcCosineKernel.limit(x, inputs[j]) * sum[j];
        }
        return f;
    }

    /** Equation (2): the norm of the parameter displacement times α. */
    double scaledDisplacement() {
        double q = 0;
        for (int i = 0; i < sum.length; i++) {
            for (int j = 0; j < sum.length; j++) {
                q += sum[i] * k[i][j] * sum[j];
            }
        }
        return Math.sqrt(q);
    }

    /** The predicted relative weight change ‖θ_T − θ₀‖/‖θ₀‖ at width N and output scale α. */
    double relativeWeightChange(int width, double scale) {
        return scaledDisplacement() / (scale * Math.sqrt(3.0 * width));
    }
}
