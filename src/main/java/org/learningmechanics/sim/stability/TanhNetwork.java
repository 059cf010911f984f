package org.learningmechanics.sim.stability;

import org.hipparchus.random.RandomGenerator;

/**
 * A fully connected tanh network without biases, {@code f(x) = W_{L+1}ᵀ tanh(W_Lᵀ ⋯ tanh(W_1ᵀ x))}, fitted to a fixed
 * regression set with the mean squared error {@code L(θ) = (1/2n) Σ_i (f(x_i) − y_i)²}, the setting of Cohen, Kaur,
 * Li, Kolter &amp; Talwalkar, "Gradient Descent on Neural Networks Typically Occurs at the Edge of Stability", ICLR
 * 2021 (their tanh networks trained with MSE).
 *
 * <p>All weights live in one flat vector θ, layer after layer, each {@code fanIn × fanOut} block row-major. Weights
 * start as N(0, 1/fan_in). The gradient is exact (back-propagation).
 */
final class TanhNetwork {

    private final int[] widths;
    private final double[][] inputs;
    private final double[] labels;
    private final int parameterCount;

    /**
     * @param inputs  the n training inputs, each of the input dimension
     * @param labels  the n training labels
     * @param width   hidden units per layer
     * @param depth   number of hidden layers
     */
    TanhNetwork(double[][] inputs, double[] labels, int width, int depth) {
        this.inputs = inputs;
        this.labels = labels;
        widths = new int[depth + 2];
        widths[0] = inputs[0].length;
        for (int l = 1; l <= depth; l++) {
            widths[l] = width;
        }
        widths[depth + 1] = 1;
        int count = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            count += widths[l] * widths[l + 1];
        }
        parameterCount = count;
    }

    int parameterCount() {
        return parameterCount;
    }

    /** Weights drawn N(0, 1/fan_in), layer by layer. */
    double[] initialWeights(RandomGenerator random) {
        double[] theta = new double[parameterCount];
        int offset = 0;
        for (int l = 0; l + 1 < widths.length; l++) {
            double scale = 1 / Math.sqrt(widths[l]);
            int size = widths[l] * widths[l + 1];
            for (int i = 0; i < size; i++) {
                theta[offset + i] = scale * random.nextGaussian();
            }
            offset += size;
        }
        return theta;
    }

    /** The loss at θ; writes ∇L(θ) into {@code gradient}. */
    double lossAndGradient(double[] theta, double[] gradient) {
        java.util.Arrays.fill(gradient, 0);
        int layers = widths.length - 1;
        int[] offsets = new int[layers];
        for (int l = 1; l < layers; l++) {
            offsets[l] = offsets[l - 1] + widths[l - 1] * widths[l];
        }
        double[][] activations = new double[layers + 1][];
        double loss = 0;
        int n = labels.length;
        for (int i = 0; i < n; i++) {
            activations[0] = inputs[i];
            for (int l = 0; l < layers; l++) {
                double[] next = multiply(theta, offsets[l], activations[l], widths[l], widths[l + 1]);
                if (l < layers - 1) {
                    for (int j = 0; j < next.length; j++) {
                        next[j] = Math.tanh(next[j]);
                    }
                }
                activations[l + 1] = next;
            }
            double residual = activations[layers][0] - labels[i];
            loss += residual * residual;
            double[] delta = {residual / n};
            for (int l = layers - 1; l >= 0; l--) {
                double[] below = activations[l];
                int in = widths[l];
                int out = widths[l + 1];
                double[] back = new double[in];
                for (int a = 0; a < in; a++) {
                    int row = offsets[l] + a * out;
                    double sum = 0;
                    for (int b = 0; b < out; b++) {
                        gradient[row + b] += below[a] * delta[b];
                        sum += theta[row + b] * delta[b];
                    }
                    back[a] = sum;
                }
                if (l > 0) {
                    for (int a = 0; a < in; a++) {
                        back[a] *= 1 - below[a] * below[a];
                    }
                }
                delta = back;
            }
        }
        return loss / (2 * n);
    }

    private static double[] multiply(double[] theta, int offset, double[] x, int in, int out) {
        double[] y = new double[out];
        for (int a = 0; a < in; a++) {
            double xa = x[a];
            int row = offset + a * out;
            for (int b = 0; b < out; b++) {
                y[b] += theta[row + b] * xa;
            }
        }
        return y;
    }
}
