package org.learningmechanics.sim.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.IntStream;

import org.hipparchus.random.RandomGenerator;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * Averages kernel ridge regression over independent training sets: at each size of the learning curve,
 * {@code trials} fresh designs {@code Z} (rows drawn by the run's {@link Design}) and labels {@code y = Z v + ε ξ}. The error of a
 * fit against the noiseless target is exact because the test distribution is known: with orthonormal features,
 * {@code E_x (f − f̂)² = Σ_k (v_k − â_k)²}. At the full sample size the transfer diagonal is averaged too, giving the
 * learnability of every mode.
 *
 * <p>Sizes run in increasing order and each finished size is streamed as one new learning-curve point, so a reader
 * sees the curve grow; the learnabilities arrive with the last (largest) size.
 */
final class EigenlearningMonteCarlo {

    /** Learning-curve points, geometrically spaced up to the full sample size. */
    static final int CURVE_POINTS = 8;

    private final KernelEigenlearning.Setup setup;
    private final RandomGenerator random;
    private final RunMonitor monitor;

    /** Mean and standard error of the excess test error at each learning-curve size; the last is the full size. */
    record Outcome(int[] sizes, double[] testError, double[] standardError, double[] learnability) {
    }

    EigenlearningMonteCarlo(KernelEigenlearning.Setup setup, RandomGenerator random, RunMonitor monitor) {
        this.setup = setup;
        this.random = random;
        this.monitor = monitor;
    }

    /** Sizes from about n/20 to n, geometrically spaced, without repeats. */
    static int[] curveSizes(int samples) {
        int smallest = Math.max(1, Math.round(samples / 20f));
        double ratio = Math.log((double) samples / smallest);
        return IntStream.range(0, CURVE_POINTS)
                .map(i -> (int) Math.round(smallest * Math.exp(ratio * i / (CURVE_POINTS - 1))))
                .distinct().toArray();
    }

    Outcome run(Map<String, Series> theory) {
        int[] sizes = curveSizes(setup.samples());
        int features = setup.lambda().length;
        double[] mean = new double[sizes.length];
        double[] standardError = new double[sizes.length];
        double[] learnability = new double[features];
        double totalWork = 0;
        for (int m : sizes) {
            totalWork += work(m);
        }
        double done = 0;
        Map<String, Series> pendingTheory = theory;
        for (int s = 0; s < sizes.length; s++) {
            int m = sizes[s];
            boolean full = s == sizes.length - 1;
            double sum = 0;
            double squares = 0;
            for (int t = 0; t < setup.trials(); t++) {
                monitor.checkpoint();
                KernelRidgeFit.Fit fit = drawAndFit(m, full);
                double error = excessError(fit.coefficients());
                sum += error;
                squares += error * error;
                if (full) {
                    for (int k = 0; k < features; k++) {
                        learnability[k] += fit.transferDiagonal()[k];
                    }
                }
                done += work(m) / setup.trials();
                boolean sizeDone = t == setup.trials() - 1;
                Map<String, Series> appended = new LinkedHashMap<>();
                if (sizeDone) {
                    mean[s] = sum / setup.trials();
                    double variance = Math.max(0, squares / setup.trials() - mean[s] * mean[s]);
                    standardError[s] = Math.sqrt(variance / (setup.trials() - 1));
                    appended.put("testError", new Series(new double[] {m}, new double[] {mean[s]}));
                }
                if (full && sizeDone) {
                    appended.put("learnability", learnabilitySeries(learnability, setup.trials()));
                }
                monitor.frame(new Frame(appended, pendingTheory, Math.min(1, done / totalWork)));
                pendingTheory = Map.of();
            }
        }
        for (int k = 0; k < features; k++) {
            learnability[k] /= setup.trials();
        }
        return new Outcome(sizes, mean, standardError, learnability);
    }

    static Series learnabilitySeries(double[] sums, int trials) {
        double[] k = new double[sums.length];
        double[] y = new double[sums.length];
        for (int i = 0; i < sums.length; i++) {
            k[i] = i + 1;
            y[i] = sums[i] / trials;
        }
        return new Series(k, y);
    }

    /** A fresh design of m samples with noisy labels, fitted; the draw order fixes the result for a seed. */
    private KernelRidgeFit.Fit drawAndFit(int m, boolean withTransfer) {
        double[] lambda = setup.lambda();
        double[] target = setup.target();
        double noiseScale = Math.sqrt(setup.noise());
        double[][] z = new double[m][lambda.length];
        double[] y = new double[m];
        for (int i = 0; i < m; i++) {
            setup.design().drawSample(random, z[i]);
            double label = 0;
            for (int k = 0; k < lambda.length; k++) {
                label += target[k] * z[i][k];
            }
            y[i] = label + noiseScale * random.nextGaussian();
        }
        return KernelRidgeFit.fit(z, y, m, lambda, setup.ridge(), withTransfer);
    }

    private double excessError(double[] coefficients) {
        double[] target = setup.target();
        double sum = 0;
        for (int k = 0; k < target.length; k++) {
            double miss = target[k] - coefficients[k];
            sum += miss * miss;
        }
        return sum;
    }

    /** Relative cost of one fit of m samples: forming the Gram matrix, the Cholesky factor and the substitution. */
    private double work(int m) {
        int features = setup.lambda().length;
        return (double) m * m * features + (double) m * m * m / 6 + 1;
    }
}
