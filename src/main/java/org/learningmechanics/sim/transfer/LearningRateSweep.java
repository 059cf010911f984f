package org.learningmechanics.sim.transfer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.learningmechanics.sim.RunMonitor;

/**
 * Trains copies of one initial network for a fixed number of full-batch steps at every learning rate of a grid,
 * from the smallest up, and records each final loss.
 *
 * <p><b>Stable</b> means: the final training loss is finite and below the initial loss. A training whose loss
 * exceeds {@link #DIVERGED} times the initial loss (or overflows) is stopped at once as <b>diverged</b>; once one
 * rate diverges the larger rates of the grid are not tried, since in the linearised picture a step that already
 * amplifies the top mode amplifies it more at a larger rate. The <b>best</b> rate is the stable one with the lowest
 * final loss.
 */
final class LearningRateSweep {

    /** Loss, relative to the initial loss, above which a training counts as diverged and stops. */
    static final double DIVERGED = 1e4;

    /** One training: its log₂ η, final loss (infinite if it diverged) and whether it was stable. */
    record Training(double log2Rate, double finalLoss, boolean stable) {
    }

    /** Every training of one width, and the summary a reader needs. */
    record Outcome(int width, double initialLoss, List<Training> trainings) {

        /** The largest grid log₂ η that was stable, or NaN if none was. */
        double maxStableLog2Rate() {
            return trainings.stream().filter(Training::stable).mapToDouble(Training::log2Rate).max().orElse(Double.NaN);
        }

        /** The stable training with the lowest final loss, if any. */
        Optional<Training> best() {
            return trainings.stream().filter(Training::stable)
                    .min(Comparator.comparingDouble(Training::finalLoss));
        }
    }

    private LearningRateSweep() {
    }

    /**
     * Runs the grid for one network, calling {@code finished} after each training (so curves can grow as they
     * finish) and the monitor's checkpoint every step.
     */
    static Outcome run(TwoLayerNet initial, double[] log2Rates, int steps, RunMonitor monitor,
                       Consumer<Training> finished) {
        double initialLoss = initial.copy().loss();
        List<Training> trainings = new ArrayList<>();
        for (double log2Rate : log2Rates) {
            Training training = train(initial.copy(), log2Rate, steps, initialLoss, monitor);
            trainings.add(training);
            finished.accept(training);
            if (Double.isInfinite(training.finalLoss())) {
                break;
            }
        }
        return new Outcome(initial.width(), initialLoss, trainings);
    }

    private static Training train(TwoLayerNet net, double log2Rate, int steps, double initialLoss,
                                  RunMonitor monitor) {
        double eta = Math.pow(2, log2Rate);
        double loss = net.loss();
        for (int t = 0; t < steps; t++) {
            monitor.checkpoint();
            net.step(eta);
            loss = net.loss();
            if (!(loss <= DIVERGED * initialLoss)) {
                return new Training(log2Rate, Double.POSITIVE_INFINITY, false);
            }
        }
        return new Training(log2Rate, loss, loss < initialLoss);
    }
}
