package org.learningmechanics.sim.stability;

import org.hipparchus.random.RandomGenerator;

/**
 * The sharpness {@code S(θ) = λ_max(∇²L(θ))}, the largest eigenvalue of the training loss's Hessian, by power
 * iteration on Hessian-vector products. Each product is a central finite difference of exact gradients,
 * {@code Hv ≈ (∇L(θ + εv) − ∇L(θ − εv)) / 2ε} with unit {@code v}, accurate to O(ε²).
 *
 * <p>Power iteration converges to the eigenvalue of largest magnitude; for these networks near their data that is
 * the top positive one (negative curvature is much weaker). Between measurements the iterate is kept, so each new
 * measurement starts from the previous top eigenvector and needs only a few products (warm start).
 */
final class Sharpness {

    private static final double EPSILON = 1e-4;

    private final TanhNetwork network;
    private final double[] vector;
    private final double[] plus;
    private final double[] minus;
    private final double[] gradientPlus;
    private final double[] gradientMinus;

    Sharpness(TanhNetwork network, RandomGenerator random) {
        this.network = network;
        int p = network.parameterCount();
        vector = new double[p];
        for (int i = 0; i < p; i++) {
            vector[i] = random.nextGaussian();
        }
        normalise(vector);
        plus = new double[p];
        minus = new double[p];
        gradientPlus = new double[p];
        gradientMinus = new double[p];
    }

    /** Runs {@code iterations} power steps from the current vector and returns the last Rayleigh quotient vᵀHv. */
    double measure(double[] theta, int iterations) {
        double rayleigh = 0;
        for (int it = 0; it < iterations; it++) {
            for (int i = 0; i < theta.length; i++) {
                plus[i] = theta[i] + EPSILON * vector[i];
                minus[i] = theta[i] - EPSILON * vector[i];
            }
            network.lossAndGradient(plus, gradientPlus);
            network.lossAndGradient(minus, gradientMinus);
            rayleigh = 0;
            for (int i = 0; i < theta.length; i++) {
                double hv = (gradientPlus[i] - gradientMinus[i]) / (2 * EPSILON);
                rayleigh += vector[i] * hv;
                vector[i] = hv;
            }
            normalise(vector);
        }
        return rayleigh;
    }

    private static void normalise(double[] v) {
        double norm = 0;
        for (double x : v) {
            norm += x * x;
        }
        norm = Math.sqrt(norm);
        for (int i = 0; i < v.length; i++) {
            v[i] /= norm;
        }
    }
}
