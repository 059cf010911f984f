package org.learningmechanics.sim.ntk;

import java.util.Arrays;
import java.util.Map;
import java.util.function.DoubleConsumer;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * Streams the widest network's training loss in chunks of {@code every} steps, the theory curves with the first
 * chunk, and progress as the fraction {@code share} of the run that network's training is.
 */
final class LossStream implements DoubleConsumer {

    private final RunMonitor monitor;
    private final int every;
    private final double share;
    private final int total;
    private Map<String, Series> pendingTheory;
    private final double[] buffer;
    private int buffered;
    private int step;

    LossStream(RunMonitor monitor, Map<String, Series> theory, int every, double share, int total) {
        this.monitor = monitor;
        this.pendingTheory = theory;
        this.every = every;
        this.share = share;
        this.total = total;
        this.buffer = new double[every];
    }

    @Override
    public void accept(double loss) {
        buffer[buffered++] = loss;
        step++;
        if (buffered == every || step == total) {
            flush();
        }
    }

    /** Sends what is buffered (the training may end early, when a network diverges). */
    void flush() {
        if (buffered > 0) {
            double[] t = new double[buffered];
            for (int i = 0; i < buffered; i++) {
                t[i] = step - buffered + i;
            }
            monitor.frame(new Frame(Map.of("loss", new Series(t, Arrays.copyOf(buffer, buffered))), pendingTheory,
                    share * step / total));
            pendingTheory = Map.of();
            buffered = 0;
        }
    }
}
