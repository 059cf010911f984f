package org.learningmechanics.sim.batch;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;

/**
 * The run at the chosen (η, B) and the three sweeps over batch size, with their exact expectations, streamed one
 * measured point at a time.
 *
 * <ul>
 *   <li>{@code stationaryLoss}: at B = 1, 2, 4, …, 1024 and the chosen η, the mean loss over the last quarter of
 *       {@code steps} steps;</li>
 *   <li>{@code linearScaling}: B = B₀·2ᵏ with η = η₀·2ᵏ and steps = steps₀/2ᵏ, so every point has seen the same
 *       number of examples; k runs from −2 (while B ≥ 1) up to the last k with ηh₁ &lt; 2; the measured value is
 *       the mean loss over the last quarter of the run, like the stationary loss;</li>
 *   <li>{@code stepGain}: at B = 1 … 1024, the Monte-Carlo share of a noiseless step's best progress.</li>
 * </ul>
 */
final class BatchSweeps {

    private static final int THEORY_POINTS = 61;
    private static final int GAIN_DRAWS_PER_RUN = 20;

    private final QuadraticModel model;
    private final SgdEnsemble ensemble;
    private final RunMonitor monitor;
    private final double eta;
    private final int batch;
    private final int steps;
    private final int runs;
    private final double total;
    private double done;

    BatchSweeps(QuadraticModel model, ParameterValues p, SgdEnsemble ensemble, RunMonitor monitor) {
        this.model = model;
        this.ensemble = ensemble;
        this.monitor = monitor;
        this.eta = p.number("learningRate");
        this.batch = p.integer("batchSize");
        this.steps = p.integer("steps");
        this.runs = p.integer("runs");
        this.total = draws(p);
    }

    /** Gaussian draws a run makes in all: the measure of its cost. */
    static double draws(ParameterValues p) {
        double perStep = (double) p.integer("runs") * p.integer("dimensions");
        int steps = p.integer("steps");
        double sum = steps * perStep * (1 + batchSizes().length);
        for (int k : scalingExponents(p.integer("batchSize"), p.number("learningRate"), 1)) {
            sum += scaledSteps(steps, k) * perStep;
        }
        return sum + batchSizes().length * GAIN_DRAWS_PER_RUN * perStep;
    }

    static int[] batchSizes() {
        int count = Integer.numberOfTrailingZeros(NoisyQuadratic.LARGEST_BATCH) + 1;
        int[] sizes = new int[count];
        for (int k = 0; k < count; k++) {
            sizes[k] = 1 << k;
        }
        return sizes;
    }

    /** Exponents k of the linear-scaling sweep: B₀·2ᵏ ≥ 1, ≤ 1024, and η₀·2ᵏ·h_max &lt; 2. */
    static int[] scalingExponents(int batch, double eta, double largestCurvature) {
        List<Integer> ks = new ArrayList<>();
        for (int k = -2; batch * Math.pow(2, k) <= NoisyQuadratic.LARGEST_BATCH; k++) {
            double size = batch * Math.pow(2, k);
            if (size >= 1 && size == Math.rint(size) && eta * Math.pow(2, k) * largestCurvature < 2) {
                ks.add(k);
            }
        }
        return ks.stream().mapToInt(Integer::intValue).toArray();
    }

    static int scaledSteps(int steps, int k) {
        return (int) Math.max(1, Math.round(steps * Math.pow(2, -k)));
    }

    double progress() {
        return Math.min(1, done / total);
    }

    Map<String, Series> theory() {
        Map<String, Series> theory = new LinkedHashMap<>();
        double[] t = new double[steps + 1];
        double[] expected = new double[steps + 1];
        for (int s = 0; s <= steps; s++) {
            t[s] = s;
            expected[s] = model.expectedLoss(s, eta, batch);
        }
        theory.put("loss", new Series(t, expected));
        double[] sizes = logSpaced(1, NoisyQuadratic.LARGEST_BATCH);
        double[] stationary = new double[sizes.length];
        double[] gain = new double[sizes.length];
        for (int j = 0; j < sizes.length; j++) {
            stationary[j] = model.stationaryLoss(eta, sizes[j]);
            gain[j] = model.bestStepShare(sizes[j]);
        }
        theory.put("stationaryLoss", new Series(sizes, stationary));
        theory.put("linearScaling", linearScalingTheory());
        theory.put("stepGain", new Series(sizes, gain));
        return theory;
    }

    /** Exact mean loss over the last quarter of steps₀·B₀ examples with η = η₀B/B₀, at every B of the sweep. */
    private Series linearScalingTheory() {
        int[] ks = scalingExponents(batch, eta, model.largestCurvature());
        double[] sizes = new double[ks.length];
        double[] loss = new double[ks.length];
        for (int j = 0; j < ks.length; j++) {
            int scaled = scaledSteps(steps, ks[j]);
            sizes[j] = batch * Math.pow(2, ks[j]);
            loss[j] = NoisyQuadratic.windowMean(model, eta * Math.pow(2, ks[j]), sizes[j], scaled,
                    SgdEnsemble.windowStart(scaled));
        }
        return new Series(sizes, loss);
    }

    private static double[] logSpaced(double low, double high) {
        double[] values = new double[THEORY_POINTS];
        for (int j = 0; j < THEORY_POINTS; j++) {
            values[j] = low * Math.pow(high / low, (double) j / (THEORY_POINTS - 1));
        }
        return values;
    }

    SgdEnsemble.Trajectory main() {
        SgdEnsemble.Trajectory trajectory = ensemble.run(eta, batch, steps, runs);
        done += (double) steps * runs * model.dimensions();
        return trajectory;
    }

    /** Every sweep in turn; each finished point is streamed at once. */
    Map<String, Series> sweepAll() {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (int size : batchSizes()) {
            double measured = ensemble.run(eta, size, steps, runs).windowMean();
            add(points, "stationaryLoss", size, measured, (double) steps * runs);
        }
        for (int k : scalingExponents(batch, eta, model.largestCurvature())) {
            int scaled = scaledSteps(steps, k);
            double late = ensemble.run(eta * Math.pow(2, k), batch * Math.pow(2, k), scaled, runs).windowMean();
            add(points, "linearScaling", batch * Math.pow(2, k), late, (double) scaled * runs);
        }
        for (int size : batchSizes()) {
            monitor.checkpoint();
            double share = ensemble.bestStepShare(size, GAIN_DRAWS_PER_RUN * runs);
            add(points, "stepGain", size, share, (double) GAIN_DRAWS_PER_RUN * runs);
        }
        Map<String, Series> series = new LinkedHashMap<>();
        points.forEach((name, list) -> series.put(name, new Series(
                list.stream().mapToDouble(xy -> xy[0]).toArray(), list.stream().mapToDouble(xy -> xy[1]).toArray())));
        return series;
    }

    private void add(Map<String, List<double[]>> points, String name, double x, double y, double drawsPerDimension) {
        points.computeIfAbsent(name, n -> new ArrayList<>()).add(new double[] {x, y});
        done += drawsPerDimension * model.dimensions();
        monitor.frame(new Frame(Map.of(name, new Series(new double[] {x}, new double[] {y})), Map.of(), progress()));
    }
}
