package org.learningmechanics.sim.linear;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleUnaryOperator;

import org.hipparchus.analysis.solvers.BrentSolver;
import org.hipparchus.ode.sampling.ODEStateInterpolator;
import org.hipparchus.ode.sampling.ODEStepHandler;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * Samples the integrator's dense output on a fixed time grid (so results do not depend on the step sizes it chose),
 * streams each step's new samples as a frame, and locates each mode's half-time to solver precision by Brent's
 * method on the interpolated state.
 */
final class ModeRecorder implements ODEStepHandler {

    private final DeepLinearGradientFlow flow;
    private final DeepLinearNetwork.Setup setup;
    private final double[] times;
    private final RunMonitor monitor;
    private final double[][] modes;
    private final double[] loss;
    private final double[] halfTimes;
    private Map<String, Series> pendingTheory;
    private int next;

    ModeRecorder(DeepLinearGradientFlow flow, DeepLinearNetwork.Setup setup, double[] times,
                 Map<String, Series> theory, RunMonitor monitor) {
        this.flow = flow;
        this.setup = setup;
        this.times = times;
        this.monitor = monitor;
        this.modes = new double[setup.modes()][times.length];
        this.loss = new double[times.length];
        this.halfTimes = new double[setup.modes()];
        Arrays.fill(halfTimes, Double.NaN);
        this.pendingTheory = theory;
    }

    @Override
    public void handleStep(ODEStateInterpolator step) {
        monitor.checkpoint();
        int first = next;
        double end = step.getCurrentState().getTime();
        while (next < times.length && times[next] <= end) {
            record(next, step.getInterpolatedState(times[next]).getPrimaryState());
            next++;
        }
        locateHalfTimes(step);
        if (next > first) {
            emit(first, next, end);
        }
    }

    private void record(int i, double[] state) {
        var product = flow.product(state);
        for (int k = 0; k < modes.length; k++) {
            modes[k][i] = setup.modeStrength(product, k);
        }
        loss[i] = flow.loss(state);
    }

    private void locateHalfTimes(ODEStateInterpolator step) {
        double start = step.getPreviousState().getTime();
        double end = step.getCurrentState().getTime();
        for (int k = 0; k < modes.length; k++) {
            if (!Double.isNaN(halfTimes[k])) {
                continue;
            }
            int mode = k;
            double half = setup.singular()[k] / 2;
            DoubleUnaryOperator gap = t -> setup.modeStrength(
                    flow.product(step.getInterpolatedState(t).getPrimaryState()), mode) - half;
            double before = gap.applyAsDouble(start);
            if (before >= 0 && start == 0) {
                halfTimes[k] = Double.POSITIVE_INFINITY; // started above half: no half-time to speak of
            } else if (before < 0 && gap.applyAsDouble(end) >= 0) {
                halfTimes[k] = new BrentSolver(1e-14).solve(100, gap::applyAsDouble, start, end);
            }
        }
    }

    private void emit(int from, int to, double time) {
        Map<String, Series> appended = new LinkedHashMap<>();
        double[] x = Arrays.copyOfRange(times, from, to);
        for (int k = 0; k < modes.length; k++) {
            appended.put("mode" + (k + 1), new Series(x, Arrays.copyOfRange(modes[k], from, to)));
        }
        appended.put("loss", new Series(x, Arrays.copyOfRange(loss, from, to)));
        Map<String, Series> theory = pendingTheory == null ? Map.of() : pendingTheory;
        pendingTheory = null;
        monitor.frame(new Frame(appended, theory, Math.min(1, time / setup.tMax())));
    }

    Map<String, Series> series() {
        Map<String, Series> series = new LinkedHashMap<>();
        for (int k = 0; k < modes.length; k++) {
            series.put("mode" + (k + 1), new Series(times, modes[k]));
        }
        series.put("loss", new Series(times, loss));
        return series;
    }

    /** Simulated half-time of mode k; NaN when the run ended before it, infinite when it started above half. */
    double halfTime(int k) {
        return halfTimes[k];
    }
}
