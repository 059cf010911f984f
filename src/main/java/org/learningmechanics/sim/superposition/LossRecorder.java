package org.learningmechanics.sim.superposition;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * Averages the noisy batch losses over windows of steps, keeps {@link Superposition#RECORDS} points, streams them in
 * frames as they come, and sends the final geometry in the last frame.
 */
final class LossRecorder {

    private static final int RECORDS_PER_FRAME = 20;

    private final int steps;
    private final int window;
    private final RunMonitor monitor;
    private final double[] x;
    private final double[] y;
    private double sum;
    private int count;
    private int emitted;

    LossRecorder(int steps, RunMonitor monitor) {
        this.steps = steps;
        this.window = Math.max(1, steps / Superposition.RECORDS);
        this.monitor = monitor;
        this.x = new double[steps / window];
        this.y = new double[x.length];
    }

    void add(int step, double loss) {
        sum += loss;
        if (step % window != 0 || count == x.length) {
            return;
        }
        x[count] = step;
        y[count] = sum / window;
        sum = 0;
        count++;
        if (count - emitted == RECORDS_PER_FRAME && count < x.length) {
            monitor.frame(new Frame(Map.of("loss", pending()), Map.of(), (double) step / steps));
            emitted = count;
        }
    }

    private Series pending() {
        return new Series(Arrays.copyOfRange(x, emitted, count), Arrays.copyOfRange(y, emitted, count));
    }

    /** The last frame: the remaining loss points with the geometry of the trained model and its theory. */
    void finish(Map<String, Series> series, Map<String, Series> theory) {
        Map<String, Series> appended = new LinkedHashMap<>(series);
        appended.put("loss", pending());
        emitted = count;
        monitor.frame(new Frame(appended, theory, 1));
    }

    Series series() {
        return new Series(Arrays.copyOf(x, count), Arrays.copyOf(y, count));
    }
}
