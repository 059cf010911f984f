package org.learningmechanics.sim.ntk;

import java.util.ArrayList;
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
 * {@code ntk-width}: a two-layer ReLU network in the NTK parametrisation ({@link ReluNetwork}) against its
 * infinite-width limit: the empirical NTK at initialisation against the arc-cosine kernel Θ∞ ({@link ArcCosineKernel}),
 * and the trained network against kernel gradient descent with Θ∞ ({@link KernelGradientDescent}; Jacot et al. 2018,
 * Lee et al. 2019, Chizat et al. 2019).
 *
 * <p>Besides the chosen width N, the run trains networks of widths N/2, N/4, … (down to 4, at most seven in all) on
 * the same problem, to draw the kernel's fluctuation and the relative weight change against width, where the theory
 * says both fall like N^(−1/2).
 */
public final class NtkWidth implements Simulation {

    public static final String ID = "ntk-width";
    static final int SMALLEST_WIDTH = 4;
    static final int MAX_WIDTHS = 7;
    /**
     * Largest width·points·steps a run may cost (the narrower networks add at most as much again). The widest run at
     * this budget (16384 neurons, 64 points, 190 steps) took 2.1–3.6 s on one core here, depending on load (measured
     * 2026-11-28); the defaults take under 0.1 s.
     */
    static final double WORK_BUDGET = 2e8;
    /** Loss points streamed per run (the series keeps every step). */
    private static final int LOSS_FRAMES = 100;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "The neural tangent kernel and lazy training",
            2,
            1,
            "A wide two-layer ReLU network barely moves its weights while it learns, and trains like kernel regression "
                    + "with a fixed kernel that can be written down: the infinite-width neural tangent kernel. "
                    + "Narrow networks, or a small output scale, leave that regime.",
            List.of(
                    ParameterSpec.number("width", "Width N", "neurons", 4, 16384, 1, 256, Scale.LOG,
                            "Hidden neurons (rounded to a whole number)"),
                    ParameterSpec.number("scale", "Output scale α", "", 0.05, 100, 0, 1, Scale.LOG,
                            "The model is α(f − f₀), its loss divided by α²: large α is lazier"),
                    ParameterSpec.number("learningRate", "Learning rate η", "", 0.01, 1.9, 0.01, 1, Scale.LINEAR,
                            "Gradient-descent step for both layers (the kernel dynamics is stable below 2)"),
                    ParameterSpec.integer("steps", "Steps", 1, 5000, 300, "Full-batch gradient-descent steps"),
                    ParameterSpec.integer("points", "Training points", 2, 64, 12,
                            "Equally spaced points on the unit circle, labelled y = sin 2φ + ½ cos φ")),
            List.of(
                    new Preset("wide", "A wide network", "N = 4096: the kernel and the trained function sit on theory",
                            Map.of("width", 4096.0)),
                    new Preset("narrow", "A narrow network",
                            "N = 8: a noisy kernel that moves during training, and a different function",
                            Map.of("width", 8.0)),
                    new Preset("lazy", "Large output scale", "α = 30 at N = 64: even a modest network becomes lazy",
                            Map.of("width", 64.0, "scale", 30.0)),
                    new Preset("rich", "Small output scale",
                            "α = 0.1 at N = 256: the weights move a lot and the network leaves the kernel",
                            Map.of("scale", 0.1, "steps", 1000L))),
            List.of("kernel", "kernelTrained", "loss", "prediction", "weightChange", "kernelFluctuation",
                    "predictionGap"),
            List.of("kernelAtHalfPi", "kernelAtHalfPiTheory", "relativeWeightChange", "relativeWeightChangeTheory",
                    "rmsToKernelRegression", "kernelFluctuation", "kernelFluctuationTheory", "kernelChange",
                    "stepsCompleted"),
            NtkWidth::checkWork);

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    static int width(ParameterValues p) {
        return (int) Math.round(p.number("width"));
    }

    private static void checkWork(ParameterValues p) {
        double perStep = (double) width(p) * p.integer("points");
        if (perStep * p.integer("steps") > WORK_BUDGET) {
            throw new InvalidParameterException("steps", "Training " + width(p) + " neurons on "
                    + p.integer("points") + " points for " + p.integer("steps") + " steps would take too long; use at "
                    + "most " + (long) Math.floor(WORK_BUDGET / perStep) + " steps, or fewer neurons or points.");
        }
    }

    /** N, N/2, N/4, … while at least {@link #SMALLEST_WIDTH}, at most {@link #MAX_WIDTHS} of them. */
    static int[] widths(int width) {
        List<Integer> widths = new ArrayList<>();
        for (int w = width; w >= SMALLEST_WIDTH && widths.size() < MAX_WIDTHS; w /= 2) {
            widths.add(w);
        }
        if (widths.isEmpty()) {
            widths.add(width);
        }
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        int steps = p.integer("steps");
        double alpha = p.number("scale");
        var problem = LazyTraining.Problem.of(p.integer("points"), p.number("learningRate"), alpha, steps);
        int[] widths = widths(width(p));
        double totalWork = 0;
        for (int w : widths) {
            totalWork += (double) w * (steps + 1);
        }
        Map<String, Series> theory = theory(problem, widths);
        var random = new Well19937c(seed);
        var stream = new LossStream(monitor, theory, Math.max(1, steps / LOSS_FRAMES),
                widths[0] * (steps + 1) / totalWork, steps + 1);
        List<LazyTraining.Outcome> outcomes = new ArrayList<>();
        double done = 0;
        for (int k = 0; k < widths.length; k++) {
            var outcome = LazyTraining.train(widths[k], problem, random, monitor, k == 0 ? stream : v -> { });
            if (k == 0) {
                stream.flush();
            }
            outcomes.add(outcome);
            done += (double) widths[k] * (steps + 1);
            // A diverged network has no meaningful distance from the limit: it leaves no point (the text says so).
            monitor.frame(new Frame(outcome.diverged() ? Map.of() : Map.of(
                    "weightChange", Curves.point(widths[k], outcome.relativeWeightChange()),
                    "kernelFluctuation", Curves.point(widths[k], outcome.kernelFluctuation()),
                    "predictionGap", Curves.point(widths[k], outcome.predictionGap())), Map.of(), done / totalWork));
        }
        return result(problem, widths, outcomes, theory, alpha);
    }

    private static Map<String, Series> theory(LazyTraining.Problem problem, int[] widths) {
        Map<String, Series> theory = new LinkedHashMap<>();
        theory.put("kernel", Curves.of(LazyTraining.KERNEL_ANGLES, LazyTraining::kernelAngle, ArcCosineKernel::limit));
        theory.put("loss", Curves.steps(problem.kernel().loss()));
        theory.put("prediction", Curves.of(LazyTraining.TEST_ANGLES, LazyTraining::testAngle,
                phi -> problem.kernel().predict(LazyTraining.unit(phi))));
        double[] x = new double[widths.length];
        double[] change = new double[widths.length];
        double[] fluctuation = new double[widths.length];
        for (int k = 0; k < widths.length; k++) {
            int j = widths.length - 1 - k;
            x[j] = widths[k];
            change[j] = problem.kernel().relativeWeightChange(widths[k], problem.scale());
            fluctuation[j] = LazyTraining.fluctuationTheory(widths[k]);
        }
        theory.put("weightChange", new Series(x, change));
        theory.put("kernelFluctuation", new Series(x, fluctuation));
        return theory;
    }

    private SimulationResult result(LazyTraining.Problem problem, int[] widths, List<LazyTraining.Outcome> outcomes,
                                    Map<String, Series> theory, double alpha) {
        LazyTraining.Outcome main = outcomes.getFirst();
        Map<String, Series> series = new LinkedHashMap<>();
        series.put("kernel", Curves.of(LazyTraining.KERNEL_ANGLES, LazyTraining::kernelAngle, main.kernelAtInit()));
        series.put("kernelTrained", Curves.of(LazyTraining.KERNEL_ANGLES, LazyTraining::kernelAngle, main.kernelAfter()));
        series.put("loss", Curves.steps(main.loss()));
        series.put("prediction", Curves.of(LazyTraining.TEST_ANGLES, LazyTraining::testAngle, main.prediction()));
        List<LazyTraining.Outcome> trained = outcomes.reversed().stream().filter(o -> !o.diverged()).toList();
        int n = trained.size();
        double[] x = new double[n];
        double[][] y = new double[3][n];
        for (int k = 0; k < n; k++) {
            LazyTraining.Outcome o = trained.get(k);
            x[k] = o.width();
            y[0][k] = o.relativeWeightChange();
            y[1][k] = o.kernelFluctuation();
            y[2][k] = o.predictionGap();
        }
        series.put("weightChange", new Series(x, y[0]));
        series.put("kernelFluctuation", new Series(x, y[1]));
        series.put("predictionGap", new Series(x, y[2]));

        int half = (LazyTraining.KERNEL_ANGLES - 1) / 2;
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("kernelAtHalfPi", main.kernelAtInit()[half]);
        metrics.put("kernelAtHalfPiTheory", ArcCosineKernel.limit(Math.PI / 2));
        metrics.put("relativeWeightChange", main.relativeWeightChange());
        metrics.put("relativeWeightChangeTheory", problem.kernel().relativeWeightChange(main.width(), alpha));
        metrics.put("rmsToKernelRegression", main.predictionGap());
        metrics.put("kernelFluctuation", main.kernelFluctuation());
        metrics.put("kernelFluctuationTheory", LazyTraining.fluctuationTheory(main.width()));
        metrics.put("kernelChange", main.kernelChange());
        metrics.put("stepsCompleted", (double) main.loss().length - 1);
        return new SimulationResult(series, theory, metrics,
                agreement(main.predictionGap(), LazyTraining.kernelPredictionSize(problem)));
    }

    /**
     * The trained network's distance from kernel regression with Θ∞, relative to the size of the kernel's
     * prediction. The theory "holds" below 10 %: at that distance the two curves are hard to tell apart by eye,
     * and the distance of a network at initialisation shrinks like N^(−1/2), so any width can be pushed below it.
     */
    static Agreement agreement(double gap, double size) {
        return new Agreement("root-mean-square distance between the trained network and kernel regression with Θ∞, "
                + "relative to the kernel prediction", gap / size, 0.1,
                "Below 10 % the two functions are hard to tell apart by eye; the distance falls like N^(−1/2) and "
                        + "like 1/α, so a wider network or a larger output scale brings it under.");
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        return List.of(
                new Plot("Tangent kernel Θ(x₀, x) at initialisation and after training", "angle θ between inputs",
                        "Θ", List.of(new Plot.Line("kernel", "at initialisation (Θ∞ dashed)"),
                        new Plot.Line("kernelTrained", "after training"))),
                new Plot("Training loss", "step", "loss", List.of(new Plot.Line("loss", "network"))).logY(),
                new Plot("Learned function on the circle", "angle φ", "α(f − f₀)",
                        List.of(new Plot.Line("prediction", "network (kernel regression with Θ∞ dashed)"))),
                new Plot("Distance from the infinite-width limit against width", "width N", "size",
                        List.of(Plot.Line.points("weightChange", "relative weight change"),
                                Plot.Line.points("kernelFluctuation", "kernel fluctuation at init"),
                                Plot.Line.points("predictionGap", "distance to kernel regression")))
                        .logX().logY());
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        Map<String, Double> m = result.metrics();
        String ending = m.get("stepsCompleted") < p.integer("steps")
                ? " Training diverged after " + m.get("stepsCompleted").intValue() + " steps (the loss grew more than "
                + "ten-thousandfold), so it was stopped there: lower the learning rate, or raise the width or the "
                + "output scale."
                : " Over training the kernel itself changed by " + fmt(m.get("kernelChange")) + " (root mean square; "
                + "zero in the limit).";
        return "At width " + width(p) + ", the tangent kernel of two inputs at right angles was "
                + fmt(m.get("kernelAtHalfPi")) + "; the infinite-width limit is " + fmt(m.get("kernelAtHalfPiTheory"))
                + ". Across angles it differed from the limit by " + fmt(m.get("kernelFluctuation"))
                + " (root mean square; theory " + fmt(m.get("kernelFluctuationTheory")) + "). Training moved the "
                + "weights by " + fmt(m.get("relativeWeightChange")) + " of their initial norm (lazy-training theory "
                + fmt(m.get("relativeWeightChangeTheory")) + "), and the trained network's function was "
                + fmt(m.get("rmsToKernelRegression")) + " (root mean square) from kernel regression with the "
                + "limiting kernel, " + fmt(100 * result.agreement().value()) + " % of that function's size." + ending;
    }

    private static String fmt(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }
}
