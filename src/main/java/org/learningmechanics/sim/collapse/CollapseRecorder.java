package org.learningmechanics.sim.collapse;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * Measures the collapse observables at {@link NeuralCollapse#RECORDS} evenly spaced steps, streams them in frames
 * (the flat theory lines in the first), and keeps the complete curves.
 */
final class CollapseRecorder {

    private static final int RECORDS_PER_FRAME = 20;
    private static final String[] NAMES = {"nc1", "meanCosine", "alignment", "loss"};

    private final NeuralCollapse.Setup setup;
    private final int steps;
    private final int every;
    private final RunMonitor monitor;
    private final double[] x;
    private final double[][] y;
    private final Map<String, Series> theory;
    private int count;
    private int emitted;
    private CollapseMeasures last;

    CollapseRecorder(NeuralCollapse.Setup setup, int steps, RunMonitor monitor) {
        this.setup = setup;
        this.steps = steps;
        this.every = Math.max(1, steps / NeuralCollapse.RECORDS);
        this.monitor = monitor;
        int size = steps / every;
        this.x = new double[size];
        this.y = new double[NAMES.length][size];
        double[] ends = {0, steps};
        this.theory = new LinkedHashMap<>();
        theory.put("meanCosine", new Series(ends, new double[] {setup.simplexCosine(), setup.simplexCosine()}));
        theory.put("alignment", new Series(ends, new double[] {1, 1}));
    }

    /** Called after each step with the objective measured at its start. */
    void after(int step, double loss, UnconstrainedFeatures model) {
        if (step % every != 0 || count == x.length) {
            return;
        }
        last = CollapseMeasures.of(model.features(), model.labels(), model.classifier());
        x[count] = step;
        y[0][count] = last.nc1();
        y[1][count] = last.meanCosine(0, setup.classes());
        y[2][count] = last.alignment();
        y[3][count] = loss;
        count++;
        if (count - emitted == RECORDS_PER_FRAME || count == x.length) {
            emit(step);
        }
    }

    private void emit(int step) {
        Map<String, Series> appended = new LinkedHashMap<>();
        for (int s = 0; s < NAMES.length; s++) {
            appended.put(NAMES[s], new Series(Arrays.copyOfRange(x, emitted, count),
                    Arrays.copyOfRange(y[s], emitted, count)));
        }
        monitor.frame(new Frame(appended, emitted == 0 ? theory : Map.of(), (double) step / steps));
        emitted = count;
    }

    Map<String, Series> series() {
        Map<String, Series> series = new LinkedHashMap<>();
        for (int s = 0; s < NAMES.length; s++) {
            series.put(NAMES[s], new Series(Arrays.copyOf(x, count), Arrays.copyOf(y[s], count)));
        }
        return series;
    }

    Map<String, Series> theory() {
        return theory;
    }

    /** The measures at the last recorded step. */
    CollapseMeasures last() {
        return last;
    }
}
