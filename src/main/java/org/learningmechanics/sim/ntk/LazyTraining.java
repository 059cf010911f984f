package org.learningmechanics.sim.ntk;

import java.util.function.DoubleConsumer;

import org.hipparchus.random.RandomGenerator;
import org.learningmechanics.sim.RunMonitor;

/**
 * The experiment of {@link NtkWidth} at one width: draws a {@link ReluNetwork}, measures its kernel against Θ∞, trains
 * it on points of the unit circle and compares the trained function with kernel gradient descent with Θ∞
 * ({@link KernelGradientDescent}) run for the same steps.
 */
final class LazyTraining {

    /** Angles θ ∈ [0, π] at which Θ_N(x₀, x(θ)) is drawn, x₀ = (1, 0). */
    static final int KERNEL_ANGLES = 61;
    /** Angles φ ∈ [0, 2π] at which the trained functions are compared. */
    static final int TEST_ANGLES = 73;

    /** The training problem shared by every width. */
    record Problem(double[][] inputs, double[] labels, double learningRate, double scale, int steps,
                   KernelGradientDescent kernel) {

        static Problem of(int points, double learningRate, double scale, int steps) {
            double[][] inputs = new double[points][];
            double[] labels = new double[points];
            for (int j = 0; j < points; j++) {
                double phi = 2 * Math.PI * j / points;
                inputs[j] = unit(phi);
                labels[j] = target(phi);
            }
            return new Problem(inputs, labels, learningRate, scale, steps,
                    new KernelGradientDescent(inputs, labels, learningRate, steps));
        }
    }

    /**
     * Training stops, and the network counts as diverged, once the loss exceeds this multiple of its initial value
     * (plus one): well before the weights overflow, so every measurement stays finite.
     */
    static final double DIVERGENCE = 1e4;

    /**
     * What one width's run measured. {@code loss} has one entry per step completed (steps + 1 unless the network
     * diverged); {@code kernelChange} is the root-mean-square change of Θ_N(x₀, x(θ)) over training.
     */
    record Outcome(int width, double[] kernelAtInit, double[] kernelAfter, double[] loss, double[] prediction,
                   double relativeWeightChange, double kernelFluctuation, double predictionGap, double kernelChange,
                   boolean diverged) {
    }

    private LazyTraining() {
    }

    /** The target y(φ) = sin 2φ + ½ cos φ: harmonics the ReLU kernel can learn (it has no odd ones above the first). */
    static double target(double phi) {
        return Math.sin(2 * phi) + 0.5 * Math.cos(phi);
    }

    static double[] unit(double angle) {
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    static double kernelAngle(int i) {
        return Math.PI * i / (KERNEL_ANGLES - 1);
    }

    static double testAngle(int i) {
        return 2 * Math.PI * i / (TEST_ANGLES - 1);
    }

    /**
     * Trains one network. {@code onLoss} receives the loss after every step (for streaming); the monitor is asked
     * once a step whether to go on.
     */
    static Outcome train(int width, Problem problem, RandomGenerator random, RunMonitor monitor,
                         DoubleConsumer onLoss) {
        ReluNetwork net = new ReluNetwork(width, random);
        double[] kernelAtInit = kernelCurve(net);
        double[][] inputs = problem.inputs();
        int p = inputs.length;
        double[] initial = new double[p];
        for (int j = 0; j < p; j++) {
            initial[j] = net.output(inputs[j]);
        }
        double[][] test = new double[TEST_ANGLES][];
        double[] testInitial = new double[TEST_ANGLES];
        for (int i = 0; i < TEST_ANGLES; i++) {
            test[i] = unit(testAngle(i));
            testInitial[i] = net.output(test[i]);
        }
        double alpha = problem.scale();
        double[] loss = new double[problem.steps() + 1];
        double[] residuals = new double[p];
        int completed = 0;
        boolean diverged = false;
        for (int t = 0; t <= problem.steps() && !diverged; t++) {
            monitor.checkpoint();
            for (int j = 0; j < p; j++) {
                residuals[j] = alpha * (net.output(inputs[j]) - initial[j]) - problem.labels()[j];
            }
            loss[t] = KernelGradientDescent.halfMeanSquare(residuals);
            completed = t + 1;
            diverged = !(loss[t] <= DIVERGENCE * (loss[0] + 1));
            onLoss.accept(loss[t]);
            if (t < problem.steps() && !diverged) {
                net.step(inputs, residuals, problem.learningRate(), alpha);
            }
        }
        double[] prediction = new double[TEST_ANGLES];
        double gap = 0;
        for (int i = 0; i < TEST_ANGLES; i++) {
            prediction[i] = alpha * (net.output(test[i]) - testInitial[i]);
            double miss = prediction[i] - problem.kernel().predict(test[i]);
            gap += miss * miss;
        }
        double[] limit = new double[KERNEL_ANGLES];
        for (int i = 0; i < KERNEL_ANGLES; i++) {
            limit[i] = ArcCosineKernel.limit(kernelAngle(i));
        }
        double[] kernelAfter = kernelCurve(net);
        return new Outcome(width, kernelAtInit, kernelAfter, java.util.Arrays.copyOf(loss, completed), prediction,
                net.relativeWeightChange(), rmsDistance(kernelAtInit, limit), Math.sqrt(gap / TEST_ANGLES),
                rmsDistance(kernelAfter, kernelAtInit), diverged);
    }

    static double rmsDistance(double[] u, double[] v) {
        double sum = 0;
        for (int i = 0; i < u.length; i++) {
            sum += (u[i] - v[i]) * (u[i] - v[i]);
        }
        return Math.sqrt(sum / u.length);
    }

    /** Θ_N(x₀, x(θ)) at the kernel angles. */
    private static double[] kernelCurve(ReluNetwork net) {
        double[] origin = unit(0);
        double[] curve = new double[KERNEL_ANGLES];
        for (int i = 0; i < KERNEL_ANGLES; i++) {
            curve[i] = net.kernel(origin, unit(kernelAngle(i)));
        }
        return curve;
    }

    /** The root-mean-square over θ of the predicted spread of Θ_N at width N: √(mean_θ Var g(θ) / N). */
    static double fluctuationTheory(int width) {
        double sum = 0;
        for (int i = 0; i < KERNEL_ANGLES; i++) {
            sum += ArcCosineKernel.neuronVariance(kernelAngle(i));
        }
        return Math.sqrt(sum / KERNEL_ANGLES / width);
    }

    /** Root-mean-square of the kernel prediction over the test angles: the scale of the function being learned. */
    static double kernelPredictionSize(Problem problem) {
        double sum = 0;
        for (int i = 0; i < TEST_ANGLES; i++) {
            double f = problem.kernel().predict(unit(testAngle(i)));
            sum += f * f;
        }
        return Math.sqrt(sum / TEST_ANGLES);
    }
}
