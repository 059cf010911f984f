package org.learningmechanics.sim.batch;

import org.hipparchus.random.RandomGenerator;
import org.learningmechanics.sim.RunMonitor;

/**
 * Independent SGD runs on a {@link QuadraticModel}, all from θ(0), each step drawing fresh noise
 * {@code ξᵢ = σᵢ/√B · N(0, 1)}: the Monte-Carlo side of every comparison.
 */
final class SgdEnsemble {

    private final QuadraticModel model;
    private final RandomGenerator random;
    private final RunMonitor monitor;

    /**
     * The mean loss over runs at every step 0…steps, and the stationary estimate: each run's mean loss over the
     * last quarter of its steps, averaged over runs, with the standard error of that average across runs.
     */
    record Trajectory(double[] meanLoss, double windowMean, double windowStandardError, int windowStart) {
    }

    SgdEnsemble(QuadraticModel model, RandomGenerator random, RunMonitor monitor) {
        this.model = model;
        this.random = random;
        this.monitor = monitor;
    }

    /** Steps after which the stationary window begins: the last quarter of the run. */
    static int windowStart(int steps) {
        return steps - Math.max(1, steps / 4);
    }

    Trajectory run(double eta, double batch, int steps, int runs) {
        int n = model.dimensions();
        double[] noise = new double[n];
        for (int i = 0; i < n; i++) {
            noise[i] = Math.sqrt(model.noiseVariance()[i] / batch);
        }
        int window = windowStart(steps);
        double[] meanLoss = new double[steps + 1];
        double sum = 0;
        double squares = 0;
        double[] theta = new double[n];
        for (int r = 0; r < runs; r++) {
            monitor.checkpoint();
            System.arraycopy(model.start(), 0, theta, 0, n);
            meanLoss[0] += model.loss(theta) / runs;
            double windowSum = 0;
            for (int t = 1; t <= steps; t++) {
                for (int i = 0; i < n; i++) {
                    double gradient = model.curvature()[i] * theta[i] + noise[i] * random.nextGaussian();
                    theta[i] -= eta * gradient;
                }
                double loss = model.loss(theta);
                meanLoss[t] += loss / runs;
                if (t > window) {
                    windowSum += loss;
                }
            }
            double runAverage = windowSum / (steps - window);
            sum += runAverage;
            squares += runAverage * runAverage;
        }
        double mean = sum / runs;
        double variance = runs > 1 ? Math.max(0, (squares - runs * mean * mean) / (runs - 1)) : 0;
        return new Trajectory(meanLoss, mean, Math.sqrt(variance / runs), window);
    }

    /**
     * Monte-Carlo estimate of ΔL_opt(B)/ΔL_max at θ(0): the best expected one-step improvement along a batch
     * gradient ĝ = G + ξ is {@code E[Gᵀĝ]² / (2 E[ĝᵀHĝ])}; both expectations are estimated from {@code draws} draws.
     */
    double bestStepShare(double batch, int draws) {
        int n = model.dimensions();
        double[] h = model.curvature();
        double gg = 0;
        double gHg = 0;
        for (int i = 0; i < n; i++) {
            double g = h[i] * model.start()[i];
            gg += g * g;
            gHg += g * h[i] * g;
        }
        double linear = 0;
        double quadratic = 0;
        for (int d = 0; d < draws; d++) {
            for (int i = 0; i < n; i++) {
                double g = h[i] * model.start()[i];
                double sampled = g + Math.sqrt(model.noiseVariance()[i] / batch) * random.nextGaussian();
                linear += g * sampled;
                quadratic += sampled * h[i] * sampled;
            }
        }
        linear /= draws;
        quadratic /= draws;
        double best = linear * linear / (2 * quadratic);
        double bestNoiseless = gg * gg / (2 * gHg);
        return best / bestNoiseless;
    }
}
