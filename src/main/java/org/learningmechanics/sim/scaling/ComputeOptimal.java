package org.learningmechanics.sim.scaling;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.Frame;
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
 * {@code compute-optimal}: the Chinchilla loss L(N, D) = E + A/N^a + B/D^b of {@link ChinchillaLaw} under a compute
 * budget C = 6ND. It draws iso-FLOP curves (loss against model size at fixed compute) for C/100, C and 100·C, finds
 * each curve's minimum numerically and compares it with the closed form N_opt = G (C/6)^{b/(a+b)} (Hoffmann et al.
 * 2022), then traces the frontier N_opt(C), D_opt(C) from 10¹⁸ to 10²⁷ FLOPs.
 *
 * <p>The "simulation" here is a numerical minimisation and the "theory" the closed form; they must agree to solver
 * precision. What the reader learns is elsewhere: how much the answer moves between the published rounded constants
 * and the 2024 refit of Besiroglu et al. (arXiv:2404.10102).
 */
public final class ComputeOptimal implements Simulation {

    public static final String ID = "compute-optimal";
    /** Frontier budgets: 10^18 to 10^27 FLOPs, in half-decades. */
    static final double FRONTIER_FROM = 18;
    static final double FRONTIER_TO = 27;
    static final int FRONTIER_POINTS = 19;
    /** Points per iso-FLOP curve, geometrically spaced. */
    static final int CURVE_POINTS = 121;
    /** Relative tolerance on N_opt between the solver and the closed form. */
    static final double TOLERANCE = 1e-8;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "Compute-optimal allocation: model size against data",
            3,
            1,
            "For a fixed compute budget C ≈ 6ND, how large a model and how many tokens minimise the fitted loss "
                    + "L(N, D) = E + A/N^a + B/D^b? The answer depends sharply on the fitted constants.",
            List.of(
                    ParameterSpec.number("compute", "Compute C", "FLOPs", 1e18, 1e27, 0, 1e24, Scale.LOG,
                            "Training compute; C ≈ 6 × parameters × tokens"),
                    ParameterSpec.choice("constants", "Constants", List.of("hoffmann2022", "besiroglu2024",
                                    "custom"), "hoffmann2022",
                            "Hoffmann et al. 2022 (as printed), the 2024 refit of Besiroglu et al., or your own E, A, "
                                    + "B, a, b below (used only when custom)"),
                    ParameterSpec.number("E", "E (irreducible loss)", "nats", 0, 5, 0.01, 1.69, Scale.LINEAR,
                            "Loss an infinitely large model trained on infinite data would still have (custom only)"),
                    ParameterSpec.number("A", "A", "", 1, 1e5, 0, 406.4, Scale.LOG, "Model-size coefficient (custom only)"),
                    ParameterSpec.number("B", "B", "", 1, 1e5, 0, 410.7, Scale.LOG, "Data coefficient (custom only)"),
                    ParameterSpec.number("a", "a (model exponent)", "", 0.05, 1, 0.01, 0.34, Scale.LINEAR,
                            "Exponent of N (custom only)"),
                    ParameterSpec.number("b", "b (data exponent)", "", 0.05, 1, 0.01, 0.28, Scale.LINEAR,
                            "Exponent of D (custom only)")),
            List.of(
                    new Preset("hoffmann", "Hoffmann et al. 2022", "The constants printed in the Chinchilla paper",
                            Map.of("constants", "hoffmann2022")),
                    new Preset("refit", "Besiroglu et al. 2024 refit",
                            "The same law refitted to the reconstructed data", Map.of("constants", "besiroglu2024")),
                    new Preset("equal-exponents", "Equal exponents",
                            "Custom a = b = 0.3: model size and data grow as √C each",
                            Map.of("constants", "custom", "a", 0.3, "b", 0.3))),
            List.of("isoFlopMinus2", "isoFlop", "isoFlopPlus2", "minima", "nOpt", "dOpt"),
            List.of("nOpt", "dOpt", "tokensPerParameter", "lossOpt", "nOptTheory", "dOptTheory",
                    "tokensPerParameterTheory", "lossOptTheory"),
            p -> { });

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    static ChinchillaLaw law(ParameterValues p) {
        return switch (p.choice("constants")) {
            case "hoffmann2022" -> ChinchillaLaw.HOFFMANN_2022;
            case "besiroglu2024" -> ChinchillaLaw.BESIROGLU_2024;
            default -> new ChinchillaLaw(p.number("E"), p.number("A"), p.number("B"), p.number("a"), p.number("b"));
        };
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        monitor.checkpoint();
        ChinchillaLaw law = law(p);
        double compute = p.number("compute");
        double[] budgets = {compute / 100, compute, compute * 100};
        String[] names = {"isoFlopMinus2", "isoFlop", "isoFlopPlus2"};
        double low = law.nOptNumerical(budgets[0]) / 300;
        double high = law.nOptNumerical(budgets[2]) * 300;
        Map<String, Series> series = new LinkedHashMap<>();
        double[] minimaN = new double[3];
        double[] minimaL = new double[3];
        for (int i = 0; i < 3; i++) {
            series.put(names[i], isoFlopCurve(law, budgets[i], low, high));
            minimaN[i] = law.nOptNumerical(budgets[i]);
            minimaL[i] = law.lossAtCompute(budgets[i], minimaN[i]);
        }
        series.put("minima", new Series(minimaN, minimaL));
        Frontier numerical = frontier(law, false);
        Frontier closed = frontier(law, true);
        series.put("nOpt", numerical.n());
        series.put("dOpt", numerical.d());

        Map<String, Series> theory = new LinkedHashMap<>();
        theory.put("minima", closed.lossAlongFrontier(law));
        theory.put("nOpt", closed.n());
        theory.put("dOpt", closed.d());
        monitor.frame(new Frame(series, theory, 1));

        double nOpt = minimaN[1];
        double nOptTheory = law.nOptClosedForm(compute);
        Map<String, Double> metrics = new LinkedHashMap<>();
        putOptimum(metrics, "", law, compute, nOpt);
        putOptimum(metrics, "Theory", law, compute, nOptTheory);
        return new SimulationResult(series, theory, metrics, agreement(numerical.n(), closed.n(), nOpt, nOptTheory));
    }

    private static void putOptimum(Map<String, Double> metrics, String suffix, ChinchillaLaw law, double compute,
                                   double n) {
        double d = compute / (6 * n);
        metrics.put("nOpt" + suffix, n);
        metrics.put("dOpt" + suffix, d);
        metrics.put("tokensPerParameter" + suffix, d / n);
        metrics.put("lossOpt" + suffix, law.loss(n, d));
    }

    private static Series isoFlopCurve(ChinchillaLaw law, double compute, double low, double high) {
        double[] n = new double[CURVE_POINTS];
        double[] loss = new double[CURVE_POINTS];
        double step = Math.log(high / low) / (CURVE_POINTS - 1);
        for (int i = 0; i < CURVE_POINTS; i++) {
            n[i] = low * Math.exp(step * i);
            loss[i] = law.lossAtCompute(compute, n[i]);
        }
        return new Series(n, loss);
    }

    /** N_opt and D_opt against C over the frontier budgets, by the solver or by the closed form. */
    private record Frontier(Series n, Series d) {

        Series lossAlongFrontier(ChinchillaLaw law) {
            double[] nx = n.y();
            double[] dy = d.y();
            double[] loss = new double[nx.length];
            for (int i = 0; i < nx.length; i++) {
                loss[i] = law.loss(nx[i], dy[i]);
            }
            return new Series(nx, loss);
        }
    }

    private static Frontier frontier(ChinchillaLaw law, boolean closedForm) {
        double[] c = new double[FRONTIER_POINTS];
        double[] n = new double[FRONTIER_POINTS];
        double[] d = new double[FRONTIER_POINTS];
        for (int i = 0; i < FRONTIER_POINTS; i++) {
            c[i] = Math.pow(10, FRONTIER_FROM + (FRONTIER_TO - FRONTIER_FROM) * i / (FRONTIER_POINTS - 1));
            n[i] = closedForm ? law.nOptClosedForm(c[i]) : law.nOptNumerical(c[i]);
            d[i] = c[i] / (6 * n[i]);
        }
        return new Frontier(new Series(c, n), new Series(c, d));
    }

    /** Largest relative gap between the numerical minimum and the closed form, over the frontier and at C. */
    static Agreement agreement(Series numerical, Series closed, double nOpt, double nOptTheory) {
        double worst = Math.abs(nOpt - nOptTheory) / nOptTheory;
        double[] a = numerical.y();
        double[] b = closed.y();
        for (int i = 0; i < a.length; i++) {
            worst = Math.max(worst, Math.abs(a[i] - b[i]) / b[i]);
        }
        return new Agreement("largest relative gap between the numerical and the closed-form N_opt", worst,
                TOLERANCE, "Both minimise the same function, so they must agree to the solver's precision (about "
                + "1e-13 in ln N); a larger gap would be an error in the derivation or the code.");
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        return List.of(
                new Plot("Iso-FLOP curves", "parameters N", "loss L(N, C/6N)", List.of(
                        new Plot.Line("isoFlopMinus2", "C/100"), new Plot.Line("isoFlop", "C"),
                        new Plot.Line("isoFlopPlus2", "100·C"),
                        Plot.Line.points("minima", "minima (dashed: frontier)"))).logX(),
                new Plot("Compute-optimal frontier", "compute C (FLOPs)", "N_opt, D_opt", List.of(
                        Plot.Line.points("nOpt", "parameters N_opt"), Plot.Line.points("dOpt", "tokens D_opt")))
                        .logX().logY());
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        Map<String, Double> m = result.metrics();
        return "With a compute budget of " + fmt(p.number("compute")) + " FLOPs and the " + label(p)
                + " constants, the loss is lowest for a model of " + fmt(m.get("nOpt")) + " parameters trained on "
                + fmt(m.get("dOpt")) + " tokens, " + fmt(m.get("tokensPerParameter"))
                + " tokens per parameter, reaching a loss of " + fmt(m.get("lossOpt"))
                + ". The closed form gives N_opt = " + fmt(m.get("nOptTheory")) + ".";
    }

    private static String label(ParameterValues p) {
        return switch (p.choice("constants")) {
            case "hoffmann2022" -> "Hoffmann et al. 2022";
            case "besiroglu2024" -> "Besiroglu et al. 2024";
            default -> "custom";
        };
    }

    private static String fmt(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }
}
