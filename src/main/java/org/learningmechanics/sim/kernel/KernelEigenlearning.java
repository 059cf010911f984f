package org.learningmechanics.sim.kernel;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.learningmechanics.sim.Agreement;
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
 * {@code kernel-eigenlearning}: kernel ridge regression with a Gaussian design in the kernel's eigenbasis, averaged
 * over random training sets ({@link EigenlearningMonteCarlo}) and compared with the eigenframework estimates of
 * {@link EigenlearningTheory} (Bordelon, Canatar &amp; Pehlevan 2020; Simon, Dickens, Karkada &amp; DeWeese 2023).
 *
 * <p>The kernel has M eigenvalues {@code λ_k = k^(−decay)}; the target puts equal weight on modes 1, 5 and 20,
 * {@code v_1 = v_5 = v_20 = 1/√3}, so {@code ‖f‖² = 1} and a predictor that outputs zero has test error 1. Labels
 * carry Gaussian noise of variance ε². The reported test error is the excess error against the noiseless target.
 */
public final class KernelEigenlearning implements Simulation {

    public static final String ID = "kernel-eigenlearning";
    /** Target modes, 1-based; the smallest allowed number of features keeps all of them. */
    static final int[] TARGET_MODES = {1, 5, 20};
    /**
     * Largest trials·n²·(n + M) a run may cost: the widest such run (trials·n²·(n + M) at the budget) took 2.1 s on one core here (measured 2026-11-28, 400 samples, 400 modes, 39 trials).
     */
    static final double WORK_BUDGET = 5e9;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "Kernel regression: which modes are learned",
            1,
            1,
            "Kernel ridge regression learns the kernel's top eigenmodes first. The eigenframework predicts, from the "
                    + "spectrum alone, how well each mode is learned from n samples and what the test error is.",
            List.of(
                    ParameterSpec.integer("samples", "Samples n", 2, 400, 100, "Size of each training set"),
                    ParameterSpec.number("decay", "Spectral decay", "", 0.5, 3, 0.1, 1.5, Scale.LINEAR,
                            "Eigenvalues fall as λₖ = k^(−decay): larger means a steeper spectrum"),
                    ParameterSpec.number("ridge", "Ridge δ", "", 1e-6, 10, 0, 1e-3, Scale.LOG,
                            "Explicit regularisation added to the kernel matrix"),
                    ParameterSpec.number("noise", "Label noise ε²", "", 0, 1, 0.01, 0, Scale.LINEAR,
                            "Variance of the Gaussian noise added to every training label"),
                    ParameterSpec.integer("features", "Eigenmodes M", 20, 400, 200,
                            "Number of kernel eigenmodes kept (at least 20, so all target modes are present)"),
                    ParameterSpec.integer("trials", "Trials", 2, 200, 20,
                            "Independent training sets averaged at each point of the learning curve"),
                    ParameterSpec.choice("design", "Inputs", List.of(Design.GAUSSIAN_NAME, Design.CIRCLE_NAME),
                            Design.GAUSSIAN_NAME, "gaussian: every eigenfunction value an independent Gaussian "
                                    + "(the theory's assumption); circle: points on a circle with Fourier "
                                    + "eigenfunctions, strongly dependent")),
            List.of(
                    new Preset("spectral-bias", "Spectral bias",
                            "Eight samples and a steep spectrum: mode 1 is learned, mode 5 half, mode 20 hardly",
                            Map.of("samples", 8L, "decay", 2.0, "trials", 100L)),
                    new Preset("ridge", "Strong ridge", "δ = 1: every mode is learned less, the fit is shrunk",
                            Map.of("ridge", 1.0)),
                    new Preset("noisy", "Noisy labels",
                            "ε² = 0.5 with almost no ridge: the noise is fitted and inflates the test error",
                            Map.of("noise", 0.5, "ridge", 1e-5, "trials", 40L)),
                    new Preset("circle", "Points on a circle",
                            "Inputs on a circle with Fourier eigenfunctions: the Gaussian-design theory under-predicts "
                                    + "the error",
                            Map.of("design", Design.CIRCLE_NAME, "trials", 30L))),
            List.of("learnability", "testError"),
            List.of("kappa", "testError", "testErrorTheory", "learnability1", "learnability5", "learnability20",
                    "learnability1Theory", "learnability5Theory", "learnability20Theory"),
            KernelEigenlearning::checkWork);

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    private static void checkWork(ParameterValues p) {
        double n = p.integer("samples");
        double work = p.integer("trials") * n * n * (n + p.integer("features"));
        if (work > WORK_BUDGET) {
            long fewer = (long) Math.floor(WORK_BUDGET / (n * n * (n + p.integer("features"))));
            throw new InvalidParameterException("trials", "This many trials with " + (long) n + " samples and "
                    + p.integer("features") + " eigenmodes would take too long; use at most " + fewer
                    + " trials, or fewer samples or eigenmodes.");
        }
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        Setup setup = Setup.of(p);
        int n = setup.samples();
        double kappa = EigenlearningTheory.kappa(setup.lambda, n, setup.ridge);
        double[] learnabilityTheory = EigenlearningTheory.learnabilities(setup.lambda, kappa);
        Map<String, Series> theory = new LinkedHashMap<>();
        theory.put("learnability", EigenlearningMonteCarlo.learnabilitySeries(learnabilityTheory, 1));
        theory.put("testError", theoryCurve(setup));

        var outcome = new EigenlearningMonteCarlo(setup, new Well19937c(seed), monitor).run(theory);

        Map<String, Series> series = new LinkedHashMap<>();
        series.put("learnability", EigenlearningMonteCarlo.learnabilitySeries(outcome.learnability(), 1));
        double[] sizes = new double[outcome.sizes().length];
        for (int i = 0; i < sizes.length; i++) {
            sizes[i] = outcome.sizes()[i];
        }
        series.put("testError", new Series(sizes, outcome.testError()));

        int last = sizes.length - 1;
        double simulated = outcome.testError()[last];
        double predicted = theory.get("testError").lastY();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("kappa", kappa);
        metrics.put("testError", simulated);
        metrics.put("testErrorTheory", predicted);
        for (int mode : TARGET_MODES) {
            metrics.put("learnability" + mode, outcome.learnability()[mode - 1]);
        }
        for (int mode : TARGET_MODES) {
            metrics.put("learnability" + mode + "Theory", learnabilityTheory[mode - 1]);
        }
        return new SimulationResult(series, theory, metrics,
                agreement(simulated, predicted, outcome.standardError()[last]));
    }

    /** Equation (4) of {@link EigenlearningTheory}, minus ε², at every n from 1 to the sample size. */
    private static Series theoryCurve(Setup setup) {
        int n = setup.samples();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int m = 1; m <= n; m++) {
            x[m - 1] = m;
            y[m - 1] = EigenlearningTheory.excessTestError(setup.lambda, setup.target, m, setup.ridge, setup.noise);
        }
        return new Series(x, y);
    }

    /**
     * Relative gap between the simulated and predicted test error at the full sample size. The threshold is honest
     * about both sources of disagreement: three Monte-Carlo standard errors, plus 5 % for the theory being
     * asymptotic in n.
     */
    static Agreement agreement(double simulated, double predicted, double standardError) {
        double gap = Math.abs(simulated - predicted) / predicted;
        double threshold = 0.05 + 3 * standardError / predicted;
        return new Agreement("relative gap between simulated and predicted test error at n = samples", gap,
                threshold, "Allows three Monte-Carlo standard errors plus 5 % for finite n; the eigenframework is "
                + "asymptotic and is visibly off only for very few samples.");
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        // Both on log axes: a learnability is a step at λₖ = κ, i.e. at a mode number that moves by a factor, and a
        // learning curve falls over decades. The test error is measured at a few sizes only, so it is drawn as points.
        return List.of(
                new Plot("Learnability of each eigenmode", "mode k", "learnability Lₖ",
                        List.of(new Plot.Line("learnability", "learnability"))).logX(),
                new Plot("Learning curve", "samples n", "test error E_x(f − f̂)²",
                        List.of(Plot.Line.points("testError", "test error"))).logX().logY());
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        Map<String, Double> m = result.metrics();
        StringBuilder text = new StringBuilder("With ").append(p.integer("samples")).append(" samples, ");
        for (int i = 0; i < TARGET_MODES.length; i++) {
            int mode = TARGET_MODES[i];
            text.append(i == 0 ? "mode " : i == TARGET_MODES.length - 1 ? " and mode " : ", mode ").append(mode)
                    .append(" had learnability ").append(fmt(m.get("learnability" + mode)))
                    .append(" (theory ").append(fmt(m.get("learnability" + mode + "Theory"))).append(')');
        }
        text.append(". The test error was ").append(fmt(m.get("testError"))).append("; the theory predicts ")
                .append(fmt(m.get("testErrorTheory"))).append(". The effective regulariser κ is ")
                .append(fmt(m.get("kappa"))).append('.');
        if (Design.of(p.choice("design")) == Design.CIRCLE) {
            text.append(" The inputs were points on a circle, not the Gaussian design the theory assumes.");
        }
        return text.toString();
    }

    private static String fmt(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }

    /** Everything a run derives from its parameters: spectrum, target coefficients and sizes. */
    record Setup(int samples, double[] lambda, double[] target, double ridge, double noise, int trials,
                 Design design) {

        static Setup of(ParameterValues p) {
            int features = p.integer("features");
            double[] lambda = new double[features];
            for (int k = 0; k < features; k++) {
                lambda[k] = Math.pow(k + 1, -p.number("decay"));
            }
            double[] target = new double[features];
            for (int mode : TARGET_MODES) {
                target[mode - 1] = 1 / Math.sqrt(TARGET_MODES.length);
            }
            return new Setup(p.integer("samples"), lambda, target, p.number("ridge"), p.number("noise"),
                    p.integer("trials"), Design.of(p.choice("design")));
        }
    }
}
