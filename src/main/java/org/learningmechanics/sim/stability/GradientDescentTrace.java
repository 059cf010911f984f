package org.learningmechanics.sim.stability;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * Runs full-batch gradient descent, recording the loss at every step and the sharpness every few steps, and
 * streams both as it goes. Stops early when the loss blows up (diverged).
 */
final class GradientDescentTrace {

    private static final double DIVERGENCE = 1e4;

    private final TanhNetwork network;
    private final Sharpness sharpness;
    private final double eta;
    private final int steps;
    private final RunMonitor monitor;

    /** The recorded curves; {@code stepsRun} is below {@code steps} only when the run diverged. */
    record Trace(Series loss, Series sharpness, int stepsRun, boolean diverged) {
    }

    GradientDescentTrace(TanhNetwork network, Sharpness sharpness, double eta, int steps, RunMonitor monitor) {
        this.network = network;
        this.sharpness = sharpness;
        this.eta = eta;
        this.steps = steps;
        this.monitor = monitor;
    }

    Trace run(double[] theta, Map<String, Series> theory) {
        int every = EdgeOfStability.measureEvery(steps);
        double[] gradient = new double[theta.length];
        double[] lossX = new double[steps + 1];
        double[] lossY = new double[steps + 1];
        double[] sharpX = new double[steps / every + 2];
        double[] sharpY = new double[sharpX.length];
        int measured = 0;
        int sentLoss = 0;
        int sentSharp = 0;
        double initialLoss = Double.NaN;
        boolean diverged = false;
        int step = 0;
        Map<String, Series> pendingTheory = theory;
        for (; step <= steps; step++) {
            monitor.checkpoint();
            if (step % every == 0 || step == steps) {
                double measuredSharpness = sharpness.measure(theta,
                        step == 0 ? EdgeOfStability.FIRST_ITERATIONS : EdgeOfStability.WARM_ITERATIONS);
                if (!Double.isFinite(measuredSharpness)) {
                    diverged = true;
                    break;
                }
                sharpX[measured] = step;
                sharpY[measured++] = measuredSharpness;
            }
            double loss = network.lossAndGradient(theta, gradient);
            if (!Double.isFinite(loss)) {
                // Non-finite numbers are never recorded: they could not be drawn or sent as JSON.
                diverged = true;
                break;
            }
            lossX[step] = step;
            lossY[step] = loss;
            if (step == 0) {
                initialLoss = loss;
            }
            if (loss > DIVERGENCE * initialLoss) {
                diverged = true;
                step++;
                break;
            }
            if (step % every == 0 || step == steps) {
                Map<String, Series> appended = new LinkedHashMap<>();
                appended.put("sharpness", slice(sharpX, sharpY, sentSharp, measured));
                appended.put("loss", slice(lossX, lossY, sentLoss, step + 1));
                sentSharp = measured;
                sentLoss = step + 1;
                monitor.frame(new Frame(appended, pendingTheory, (double) step / steps));
                pendingTheory = Map.of();
            }
            if (step < steps) {
                for (int i = 0; i < theta.length; i++) {
                    theta[i] -= eta * gradient[i];
                }
            }
        }
        int recorded = Math.min(step, steps + 1);
        if (diverged) {
            monitor.frame(new Frame(Map.of("sharpness", slice(sharpX, sharpY, sentSharp, measured),
                    "loss", slice(lossX, lossY, sentLoss, recorded)), pendingTheory, 1));
        }
        return new Trace(slice(lossX, lossY, 0, recorded), slice(sharpX, sharpY, 0, measured), recorded - 1,
                diverged);
    }

    private static Series slice(double[] x, double[] y, int from, int to) {
        return new Series(Arrays.copyOfRange(x, from, to), Arrays.copyOfRange(y, from, to));
    }
}
