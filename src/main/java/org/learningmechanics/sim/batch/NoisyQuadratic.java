package org.learningmechanics.sim.batch;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterSpec.Scale;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.Preset;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.SimulationResult;

/**
 * {@code noisy-quadratic}: SGD on the noisy quadratic model of {@link QuadraticModel} (McCandlish, Kaplan &amp;
 * Amodei 2018; Zhang et al. 2019), Monte-Carlo against exact expectations. Curvatures {@code hᵢ = i^(−decay)}
 * ({@code h₁ = 1}), per-example noise proportional to curvature, {@code σᵢ² = σ² hᵢ} (stiff directions are also the
 * noisy ones), start {@code θᵢ(0) = 1}.
 *
 * <p>Four views: the mean loss over runs at the chosen (η, B) beside the exact E[Lₜ]; the stationary loss at every
 * batch size 1…1024 beside {@code Σ ησᵢ²/[2B(2 − ηhᵢ)]}; the linear scaling rule — η grown in proportion to B at a
 * fixed number of examples seen — which holds while ηh₁ ≪ 2 and fails as ηh₁ → 2; and the best one-step progress
 * a batch of B makes, {@code 1/(1 + B_noise/B)} of a noiseless step's, which is half at B = B_noise.
 */
public final class NoisyQuadratic implements Simulation {

    public static final String ID = "noisy-quadratic";
    static final int LARGEST_BATCH = 1024;
    /**
     * Largest Gaussian draws a run may make (steps·runs·dimensions·batch sizes). A run near the budget (480 runs)
     * took 1.4 s of CPU time on one core here, the defaults 0.14 s (measured 2026-11-28).
     */
    static final double WORK_BUDGET = 4e7;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "Noisy quadratic: batch size and the linear scaling rule",
            4,
            1,
            "SGD on a quadratic with Gaussian gradient noise, where every expectation is exact: the loss floor set "
                    + "by the noise, how it falls with batch size, where doubling the batch stops paying, and "
                    + "where scaling the learning rate with the batch breaks.",
            List.of(
                    new ParameterSpec("batchSize", "Batch size B", "", ParameterSpec.Type.INTEGER, 1, LARGEST_BATCH,
                            1, 8L, Scale.LOG, List.of(), "Examples averaged in each gradient"),
                    ParameterSpec.number("learningRate", "Learning rate η", "", 0.001, 1.99, 0, 0.1, Scale.LOG,
                            "Step size; the largest curvature is 1, so η must stay below 2"),
                    ParameterSpec.integer("dimensions", "Dimensions n", 1, 100, 10, "Number of curvature directions"),
                    ParameterSpec.number("curvatureDecay", "Curvature decay", "", 0, 3, 0.1, 1, Scale.LINEAR,
                            "Curvatures fall as hᵢ = i^(−decay): 0 makes every direction equally curved"),
                    ParameterSpec.number("noise", "Gradient noise σ²", "", 0.01, 100, 0, 10, Scale.LOG,
                            "Per-example gradient noise; along direction i its variance is σ²·hᵢ"),
                    ParameterSpec.integer("steps", "Steps", 10, 4000, 400, "SGD steps at the chosen η and B"),
                    ParameterSpec.integer("runs", "Runs", 2, 1000, 50, "Independent SGD runs averaged")),
            List.of(
                    new Preset("small-batch", "Small batch", "B = 1: a high noise floor",
                            Map.of("batchSize", 1L)),
                    new Preset("large-batch", "Large batch", "B = 256: the floor drops 256-fold, not the speed",
                            Map.of("batchSize", 256L)),
                    new Preset("linear-scaling", "Linear scaling from a small rate",
                            "η = 0.05 at B = 8 for 1000 steps: doubling η with B holds the loss until ηh₁ nears 2",
                            Map.of("learningRate", 0.05, "steps", 1000L)),
                    new Preset("edge", "Near the edge", "η = 1.9: the stiffest direction barely settles",
                            Map.of("learningRate", 1.9))),
            List.of("loss", "stationaryLoss", "linearScaling", "stepGain"),
            List.of("stationaryLoss", "stationaryLossTheory", "noiseScale", "finalLoss", "finalLossTheory",
                    "rateTimesCurvature", "lateLossTheory"),
            NoisyQuadratic::checkWork);

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    private static void checkWork(ParameterValues p) {
        double work = BatchSweeps.draws(p);
        if (work > WORK_BUDGET) {
            long runs = (long) Math.floor(p.integer("runs") * WORK_BUDGET / work);
            throw new InvalidParameterException("runs", p.integer("runs") + " runs of " + p.integer("steps")
                    + " steps in " + p.integer("dimensions") + " dimensions would take too long; use at most "
                    + Math.max(1, runs) + " runs, or fewer steps or dimensions.");
        }
    }

    static QuadraticModel model(ParameterValues p) {
        int n = p.integer("dimensions");
        double[] h = new double[n];
        double[] sigma2 = new double[n];
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            h[i] = Math.pow(i + 1, -p.number("curvatureDecay"));
            sigma2[i] = p.number("noise") * h[i];
            start[i] = 1;
        }
        return new QuadraticModel(h, sigma2, start);
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        QuadraticModel model = model(p);
        double eta = p.number("learningRate");
        int batch = p.integer("batchSize");
        int steps = p.integer("steps");
        BatchSweeps sweeps = new BatchSweeps(model, p, new SgdEnsemble(model, new Well19937c(seed), monitor),
                monitor);
        Map<String, Series> theory = sweeps.theory();
        monitor.frame(new Frame(Map.of(), theory, 0));

        SgdEnsemble.Trajectory main = sweeps.main();
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("loss", lossCurve(main.meanLoss()));
        monitor.frame(new Frame(series, Map.of(), sweeps.progress()));
        series.putAll(sweeps.sweepAll());

        double stationaryTheory = model.stationaryLoss(eta, batch);
        double windowTheory = windowMean(model, eta, batch, steps, main.windowStart());
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("stationaryLoss", main.windowMean());
        metrics.put("stationaryLossTheory", stationaryTheory);
        metrics.put("noiseScale", model.noiseScale());
        metrics.put("finalLoss", main.meanLoss()[steps]);
        metrics.put("finalLossTheory", model.expectedLoss(steps, eta, batch));
        metrics.put("rateTimesCurvature", eta * model.largestCurvature());
        metrics.put("lateLossTheory", windowTheory);
        return new SimulationResult(series, theory, metrics, agreement(main, windowTheory));
    }

    private static Series lossCurve(double[] meanLoss) {
        double[] step = new double[meanLoss.length];
        for (int t = 0; t < step.length; t++) {
            step[t] = t;
        }
        return new Series(step, meanLoss);
    }

    /** The exact expected loss averaged over the same window of steps as the Monte-Carlo estimate. */
    static double windowMean(QuadraticModel model, double eta, double batch, int steps, int windowStart) {
        double sum = 0;
        for (int t = windowStart + 1; t <= steps; t++) {
            sum += model.expectedLoss(t, eta, batch);
        }
        return sum / (steps - windowStart);
    }

    /**
     * Relative gap between the measured late loss (last quarter of the run, averaged over runs) and its exact
     * expectation over the same steps, which equals Σ ησᵢ²/[2B(2 − ηhᵢ)] once the run has settled. For a
     * quadratic the expectation is exact, so only sampling noise separates them: three standard errors allowed.
     */
    static Agreement agreement(SgdEnsemble.Trajectory main, double windowTheory) {
        double gap = Math.abs(main.windowMean() - windowTheory) / windowTheory;
        double threshold = 3 * main.windowStandardError() / windowTheory;
        return new Agreement("relative gap between the measured late loss and its exact expectation", gap,
                threshold, "For a quadratic the expected loss is exact, so only sampling noise separates them: "
                        + "three Monte-Carlo standard errors of the average over runs are allowed.");
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        return List.of(
                new Plot("Loss during training", "step", "loss (mean over runs)",
                        List.of(new Plot.Line("loss", "mean loss"))).logY(),
                new Plot("Stationary loss against batch size", "batch size B", "stationary loss",
                        List.of(Plot.Line.points("stationaryLoss", "stationary loss"))).logX().logY(),
                new Plot("Linear scaling rule: η ∝ B, same number of examples", "batch size B",
                        "late loss after the same number of examples",
                        List.of(Plot.Line.points("linearScaling", "loss with η ∝ B"))).logX().logY(),
                new Plot("Best one-step progress against batch size", "batch size B",
                        "share of a noiseless step's progress",
                        List.of(Plot.Line.points("stepGain", "best step's progress"))).logX());
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        Map<String, Double> m = result.metrics();
        double late = m.get("lateLossTheory");
        double stationary = m.get("stationaryLossTheory");
        String settled = Math.abs(late - stationary) <= 0.05 * stationary ? ""
                : " The run has not settled yet: over the same last quarter of steps the exact expectation is "
                + fmt(late) + "; run more steps to reach the floor.";
        return "With batch size " + p.integer("batchSize") + " and learning rate " + fmt(p.number("learningRate"))
                + ", the mean loss over the last quarter of the run was " + fmt(m.get("stationaryLoss"))
                + "; the exact stationary loss is "
                + fmt(stationary) + "." + settled + " After " + p.integer("steps") + " steps the mean loss was "
                + fmt(m.get("finalLoss")) + " (exact expectation " + fmt(m.get("finalLossTheory"))
                + "). The gradient noise scale at the start is B_noise = " + fmt(m.get("noiseScale"))
                + ": batches much smaller than that waste steps on noise, much larger ones waste examples. "
                + "The product of learning rate and largest curvature is " + fmt(m.get("rateTimesCurvature"))
                + "; the linear scaling rule holds only while it is well below 2.";
    }

    static String fmt(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }
}
