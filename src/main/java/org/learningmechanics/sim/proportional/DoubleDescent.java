package org.learningmechanics.sim.proportional;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.IntToDoubleFunction;

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
 * {@code double-descent}: min-norm (or ridge) least squares on isotropic Gaussian data, its risk averaged over
 * random training sets ({@link LeastSquaresTrials}) at many dimensions d for a fixed number of samples n, against
 * the exact finite-n risk and its proportional limit ({@link RiskTheory}; Hastie et al. 2022, Belkin et al. 2020).
 *
 * <p>The curve is drawn against γ = d/n. Where |d − n| ≤ 1 the exact expected risk is infinite (σ² &gt; 0): the
 * theory curve has no point there and the Monte-Carlo points there are averages of a quantity without a finite mean,
 * so they jump from seed to seed.
 */
public final class DoubleDescent implements Simulation {

    public static final String ID = "double-descent";
    /** Geometrically spaced dimensions on the curve, besides those around d = n and the chosen d. */
    static final int CURVE_POINTS = 24;
    /** Smallest and largest γ on the curve (the largest grows to include the chosen d). */
    static final double GAMMA_MIN = 0.1;
    static final double GAMMA_MAX = 4;
    /**
     * Largest trials·Σ_d (n·d·min(n, d) + n·d) (forming the Gram matrices and drawing the data) a run may cost. The
     * widest allowed run (n = 200, d = 800, 5 trials, 1.16e9 units) took 1.4–1.9 s on one core here, depending on load
     * (measured 2026-11-28); the defaults take about 0.1 s once the JIT has warmed up.
     */
    static final double WORK_BUDGET = 1.2e9;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "Double descent of min-norm least squares",
            2,
            1,
            "The test risk of the least-squares fit with the smallest norm peaks where the number of parameters d "
                    + "equals the number of samples n, and falls again beyond. The exact finite-n risk and its "
                    + "proportional limit predict the whole curve; ridge removes the peak.",
            List.of(
                    ParameterSpec.integer("samples", "Samples n", 10, 200, 40, "Size of each training set"),
                    ParameterSpec.integer("dimension", "Dimension d", 1, 800, 80,
                            "Number of features (parameters) at which the risk is reported"),
                    ParameterSpec.number("signal", "Signal r²", "", 0, 4, 0.05, 1, Scale.LINEAR,
                            "Squared norm of the true coefficient vector β"),
                    ParameterSpec.number("noise", "Noise σ²", "", 0, 2, 0.01, 0.25, Scale.LINEAR,
                            "Variance of the Gaussian noise in every training label"),
                    ParameterSpec.number("ridge", "Ridge λ", "", 0, 2, 0.001, 0, Scale.LINEAR,
                            "Fit (XᵀX + nλI)⁻¹Xᵀy; 0 is the min-norm interpolator X⁺y"),
                    ParameterSpec.integer("trials", "Trials", 2, 400, 20,
                            "Independent training sets averaged at each dimension")),
            List.of(
                    new Preset("peak", "The interpolation peak",
                            "n = 40 samples, noise σ² = 0.25, no ridge: the risk peaks at d = n",
                            Map.of("dimension", 38L, "trials", 100L)),
                    new Preset("little-noise", "Little label noise",
                            "σ² = 0.01: the peak shrinks with the noise; beyond d = n the bias r²(1 − n/d) is left",
                            Map.of("noise", 0.01, "dimension", 80L)),
                    new Preset("ridge", "Ridge removes the peak",
                            "λ = 0.25 = σ²/r² (the best ridge at γ = 1): a smooth, monotone curve",
                            Map.of("ridge", 0.25, "dimension", 40L, "trials", 100L)),
                    new Preset("small-ridge", "A little ridge",
                            "λ = 0.01: the peak is tamed but not gone",
                            Map.of("ridge", 0.01, "dimension", 40L, "trials", 100L))),
            List.of("risk"),
            List.of("risk", "riskTheory", "riskLimit", "riskStandardError"),
            DoubleDescent::checkWork);

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    /** The dimensions on the curve: geometric from γ = 0.1 to 4 (or the chosen d), n − 2 … n + 2 and d itself. */
    static int[] dimensions(int n, int chosen) {
        TreeSet<Integer> ds = new TreeSet<>();
        double low = Math.max(1, GAMMA_MIN * n);
        double high = Math.max(GAMMA_MAX * n, chosen);
        for (int i = 0; i < CURVE_POINTS; i++) {
            ds.add((int) Math.round(low * Math.pow(high / low, i / (CURVE_POINTS - 1.0))));
        }
        for (int k = -2; k <= 2; k++) {
            ds.add(n + k);
        }
        ds.add(chosen);
        return ds.stream().mapToInt(Integer::intValue).toArray();
    }

    static double work(int n, int[] dimensions, int trials) {
        double sum = 0;
        for (int d : dimensions) {
            sum += (double) n * d * Math.min(n, d) + n * d;
        }
        return sum * trials;
    }

    private static void checkWork(ParameterValues p) {
        int n = p.integer("samples");
        int trials = p.integer("trials");
        double perTrial = work(n, dimensions(n, p.integer("dimension")), 1);
        if (perTrial * trials > WORK_BUDGET) {
            throw new InvalidParameterException("trials", "This many trials with " + n + " samples and dimension "
                    + p.integer("dimension") + " would take too long; use at most "
                    + (long) Math.floor(WORK_BUDGET / perTrial) + " trials, or fewer samples or a smaller dimension.");
        }
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        int n = p.integer("samples");
        int chosen = p.integer("dimension");
        double signal = p.number("signal");
        double noise = p.number("noise");
        double ridge = p.number("ridge");
        int trials = p.integer("trials");
        int[] ds = dimensions(n, chosen);

        Map<String, Series> theory = new LinkedHashMap<>();
        theory.put("risk", theoryCurve(n, ds, d -> RiskTheory.risk(n, d, signal, noise, ridge)));
        if (ridge == 0) {
            theory.put("riskLimit", theoryCurve(n, ds,
                    d -> RiskTheory.proportionalLimit((double) d / n, signal, noise)));
        }

        LeastSquaresTrials sampler = new LeastSquaresTrials(new Well19937c(seed));
        double total = work(n, ds, trials);
        double done = 0;
        double[] x = new double[ds.length];
        double[] y = new double[ds.length];
        LeastSquaresTrials.Estimate atChosen = null;
        Map<String, Series> pendingTheory = theory;
        for (int i = 0; i < ds.length; i++) {
            int d = ds[i];
            LeastSquaresTrials.Estimate estimate = sampler.estimate(n, d, signal, noise, ridge, trials,
                    monitor::checkpoint);
            x[i] = (double) d / n;
            y[i] = estimate.mean();
            if (d == chosen) {
                atChosen = estimate;
            }
            done += work(n, new int[] {d}, trials);
            monitor.frame(new Frame(Map.of("risk", new Series(new double[] {x[i]}, new double[] {y[i]})),
                    pendingTheory, Math.min(1, done / total)));
            pendingTheory = Map.of();
        }

        double predicted = RiskTheory.risk(n, chosen, signal, noise, ridge);
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("risk", atChosen.mean());
        // An infinite expectation has no number to report; the description says so instead.
        if (Double.isFinite(predicted)) {
            metrics.put("riskTheory", predicted);
        }
        double limit = ridge == 0 ? RiskTheory.proportionalLimit((double) chosen / n, signal, noise) : predicted;
        if (Double.isFinite(limit)) {
            metrics.put("riskLimit", limit);
        }
        metrics.put("riskStandardError", atChosen.standardError());
        return new SimulationResult(Map.of("risk", new Series(x, y)), theory, metrics,
                agreement(atChosen, predicted));
    }

    private static Series theoryCurve(int n, int[] ds, IntToDoubleFunction risk) {
        List<double[]> points = new ArrayList<>();
        for (int d : ds) {
            double value = risk.applyAsDouble(d);
            if (Double.isFinite(value)) {
                points.add(new double[] {(double) d / n, value});
            }
        }
        return new Series(points.stream().mapToDouble(q -> q[0]).toArray(),
                points.stream().mapToDouble(q -> q[1]).toArray());
    }

    /**
     * Relative gap |simulated − predicted|/predicted at the chosen d, against three Monte-Carlo standard errors plus
     * 5 % (the eigenframework's finite-n error with ridge; the exact formula needs none). Where the expectation is
     * infinite the gap is its limit, 1, and the theory is said not to hold: no finite average can match it.
     */
    static Agreement agreement(LeastSquaresTrials.Estimate simulated, double predicted) {
        String metric = "relative gap between the mean simulated risk and the expected risk at the chosen d";
        if (!Double.isFinite(predicted)) {
            return new Agreement(metric, 1, 0, "At |d − n| ≤ 1 the expected risk is infinite; a Monte-Carlo average "
                    + "is always finite, so no agreement is possible there.");
        }
        double scale = Math.max(predicted, 1e-12);
        return new Agreement(metric, Math.abs(simulated.mean() - predicted) / scale,
                0.05 + 3 * simulated.standardError() / scale,
                "Allows three Monte-Carlo standard errors plus 5 %. Within a few of d = n the risk is so heavy-tailed "
                        + "that the standard error itself is unreliable.");
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        List<Plot.Line> lines = new ArrayList<>();
        lines.add(Plot.Line.points("risk", p.number("ridge") == 0 ? "risk (exact finite-n curve dashed)"
                : "risk (eigenframework dashed)"));
        if (p.number("ridge") == 0) {
            lines.add(new Plot.Line("riskLimit", "proportional limit γ = d/n"));
        }
        return List.of(new Plot("Test risk against d/n (no theory point where |d − n| ≤ 1: it is infinite there)",
                "γ = d/n", "risk ‖β̂ − β‖²", lines).logX().logY());
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        Map<String, Double> m = result.metrics();
        int n = p.integer("samples");
        int d = p.integer("dimension");
        StringBuilder text = new StringBuilder("With n = ").append(n).append(" samples and d = ").append(d)
                .append(" dimensions (γ = ").append(fmt((double) d / n)).append("), the mean risk over ")
                .append(p.integer("trials")).append(" training sets was ").append(fmt(m.get("risk")))
                .append(" ± ").append(fmt(m.get("riskStandardError"))).append(". ");
        if (m.containsKey("riskTheory")) {
            text.append(p.number("ridge") == 0 ? "The exact expected risk is " : "The eigenframework predicts ")
                    .append(fmt(m.get("riskTheory"))).append('.');
        } else {
            text.append("The exact expected risk is infinite here (|d − n| ≤ 1 with label noise): the average "
                    + "will not settle however many trials are run.");
        }
        if (p.number("ridge") == 0 && m.containsKey("riskLimit")) {
            text.append(" The proportional limit gives ").append(fmt(m.get("riskLimit"))).append('.');
        }
        return text.toString();
    }

    private static String fmt(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }
}
