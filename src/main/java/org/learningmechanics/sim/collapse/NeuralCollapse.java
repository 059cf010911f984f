package org.learningmechanics.sim.collapse;

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
 * {@code neural-collapse}: the unconstrained-features model ({@link UnconstrainedFeatures}; Mixon et al. 2020,
 * Zhu et al. 2021) trained by full-batch gradient descent with weight decay, watched through the collapse
 * observables of Papyan, Han &amp; Donoho (2020) ({@link CollapseMeasures}).
 *
 * <p>Theory (Zhu et al. 2021, their result on global minimisers, for balanced classes; a simplex needs
 * d ≥ K − 1): every global minimiser has collapsed within-class variability (NC1 = 0), centred class means forming a
 * simplex equiangular tight frame — all pairwise cosines −1/(K−1) (NC2) — and a classifier proportional to the
 * centred means (NC3). With imbalanced classes the theorem no longer applies: Fang, He, Long &amp; Su (PNAS 2021)
 * found the minority classifiers pushed together ("minority collapse"), so the minority cosines rise above
 * −1/(K−1).
 *
 * <p>The first ⌈K/2⌉ classes have {@code perClass} samples; the others have {@code perClass / imbalance}
 * (rounded, at least 1).
 */
public final class NeuralCollapse implements Simulation {

    public static final String ID = "neural-collapse";
    /** Points recorded along each curve. */
    static final int RECORDS = 200;
    /** Below this RMS feature norm the run has fallen into the trivial minimiser W = H = 0. */
    static final double TRIVIAL_NORM = 1e-3;
    /**
     * Largest steps·N·K·d a run may cost. At 5e8 the widest run (10 classes of 100 samples in 32 dimensions,
     * 1562 steps) took 1.1 s warm on one core of an idle machine but 2.8–4.0 s while other builds ran (measured
     * 2026-11-28); 3e8 keeps it under about 2.5 s. The defaults took 0.06–0.1 s warm, 0.24–0.3 s cold.
     */
    static final double WORK_BUDGET = 3e8;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "Neural collapse in the unconstrained-features model",
            5,
            1,
            "Trained to zero error and beyond, the last-layer features of each class collapse to their mean, the means "
                    + "spread out into a perfectly symmetric simplex, and the classifier lines up with them.",
            List.of(
                    ParameterSpec.integer("classes", "Classes K", 2, 10, 4, "Number of classes"),
                    ParameterSpec.integer("perClass", "Samples per class", 2, 100, 20,
                            "Training samples in each (majority) class; at least two, so there is variability to "
                                    + "collapse"),
                    ParameterSpec.integer("dimension", "Feature dimension d", 2, 32, 8,
                            "Dimension of the last-layer features"),
                    ParameterSpec.number("weightDecay", "Weight decay λ", "", 1e-4, 0.05, 0, 5e-3, Scale.LOG,
                            "Penalty λ/2 (‖W‖² + ‖H‖² + ‖b‖²) added to the cross-entropy"),
                    ParameterSpec.integer("steps", "Steps", 100, 20000, 3000, "Full-batch gradient-descent steps"),
                    ParameterSpec.number("imbalance", "Imbalance ratio", "", 1, 100, 0, 1, Scale.LOG,
                            "Majority samples per minority sample; the last ⌊K/2⌋ classes are the minority"),
                    ParameterSpec.number("learningRate", "Learning rate η", "", 0.05, 5, 0.05, 1, Scale.LINEAR,
                            "Gradient-descent step size")),
            List.of(
                    new Preset("balanced", "Balanced collapse",
                            "Four balanced classes: the means become a regular tetrahedron, cosines −1/3",
                            Map.of()),
                    new Preset("ten-classes", "Ten classes",
                            "K = 10 in d = 16: the simplex cosine is −1/9",
                            Map.of("classes", 10L, "dimension", 16L, "perClass", 10L)),
                    new Preset("imbalanced", "Imbalanced classes",
                            "Five times fewer samples in half the classes: the minority classifiers lean together",
                            Map.of("imbalance", 5.0)),
                    new Preset("minority-collapse", "Minority collapse",
                            "Twenty times fewer samples and stronger weight decay: the minority classes merge into one",
                            Map.of("imbalance", 20.0, "perClass", 40L, "weightDecay", 0.02))),
            List.of("nc1", "meanCosine", "alignment", "loss"),
            List.of("meanCosine", "meanCosineTheory", "withinClassScatter", "classifierAlignment",
                    "majorityCosine", "minorityCosine", "majorityClassifierCosine", "minorityClassifierCosine",
                    "largestCosineGap", "finalLoss", "featureNorm"),
            NeuralCollapse::checkWork);

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    private static void checkWork(ParameterValues p) {
        Setup s = Setup.of(p);
        double work = s.work(p.integer("steps"));
        if (work > WORK_BUDGET) {
            long fewer = (long) Math.floor(WORK_BUDGET / s.work(1));
            throw new InvalidParameterException("steps", "This many steps with " + s.labels.length + " samples, "
                    + s.classes + " classes and dimension " + s.dimension + " would take too long; use at most "
                    + fewer + " steps, or fewer samples, classes or dimensions.");
        }
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        Setup setup = Setup.of(p);
        var model = new UnconstrainedFeatures(setup.labels, setup.classes, setup.dimension,
                p.number("weightDecay"), new Well19937c(seed));
        var recorder = new CollapseRecorder(setup, p.integer("steps"), monitor);
        double eta = p.number("learningRate");
        for (int step = 0; step < p.integer("steps"); step++) {
            monitor.checkpoint();
            double loss = model.step(eta);
            recorder.after(step + 1, loss, model);
        }
        CollapseMeasures last = recorder.last();
        Map<String, Double> metrics = new LinkedHashMap<>();
        metrics.put("meanCosine", last.meanCosine(0, setup.classes));
        metrics.put("meanCosineTheory", setup.simplexCosine());
        metrics.put("withinClassScatter", last.nc1());
        metrics.put("classifierAlignment", last.alignment());
        metrics.put("majorityCosine", last.meanCosine(0, setup.majority));
        metrics.put("minorityCosine", last.meanCosine(setup.majority, setup.classes));
        metrics.put("majorityClassifierCosine", last.meanClassifierCosine(0, setup.majority));
        metrics.put("minorityClassifierCosine", last.meanClassifierCosine(setup.majority, setup.classes));
        metrics.put("largestCosineGap", last.largestCosineGap());
        metrics.put("finalLoss", recorder.series().get("loss").lastY());
        metrics.put("featureNorm", rms(model.features()));
        metrics.values().removeIf(v -> Double.isNaN(v));
        return new SimulationResult(recorder.series(), recorder.theory(), metrics, agreement(last));
    }

    /**
     * The worst pairwise cosine against −1/(K−1). The threshold 0.02 is a gap balanced runs close well within
     * (measured at most 0.0062 over K = 3…10, λ = 10⁻³…5·10⁻³); imbalance of 5 or more leaves 0.2 and above.
     */
    static Agreement agreement(CollapseMeasures last) {
        return new Agreement("largest gap between a pairwise cosine of centred class means and −1/(K−1)",
                last.largestCosineGap(), 0.02, "Balanced classes trained long enough reach the simplex to within "
                + "0.02 in every cosine; imbalance, too few dimensions (d < K − 1) or too few steps leave larger "
                + "gaps.");
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        return List.of(
                new Plot("Within-class variability (NC1)", "step", "tr(Σ_W Σ_B⁺)/K",
                        List.of(new Plot.Line("nc1", "NC1"))).logY(),
                new Plot("Cosines of centred class means (NC2)", "step", "mean pairwise cosine",
                        List.of(new Plot.Line("meanCosine", "mean cosine"))),
                new Plot("Classifier–mean alignment (NC3)", "step", "cosine of W and M",
                        List.of(new Plot.Line("alignment", "alignment"))),
                new Plot("Training objective", "step", "cross-entropy + weight decay",
                        List.of(new Plot.Line("loss", "loss"))));
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        Map<String, Double> m = result.metrics();
        if (m.get("featureNorm") < TRIVIAL_NORM) {
            return "After " + p.integer("steps") + " steps every feature has shrunk to norm "
                    + fmt(m.get("featureNorm")) + ": the weight decay is so strong that the best the model can do is "
                    + "W = H = 0 and guess uniformly (objective " + fmt(m.get("finalLoss")) + " = ln K). There is "
                    + "no geometry left to collapse; lower the weight decay.";
        }
        StringBuilder text = new StringBuilder("After ").append(p.integer("steps"))
                .append(" steps the centred class means have mean pairwise cosine ").append(fmt(m.get("meanCosine")))
                .append("; a simplex of ").append(p.integer("classes")).append(" classes has ")
                .append(fmt(m.get("meanCosineTheory"))).append(". The worst pair is off by ")
                .append(fmt(m.get("largestCosineGap"))).append('.');
        if (m.containsKey("minorityCosine") && p.number("imbalance") > 1) {
            text.append(" Among the majority classes the mean cosine is ").append(fmt(m.get("majorityCosine")))
                    .append(", among the minority classes ").append(fmt(m.get("minorityCosine")))
                    .append("; the minority classes' classifier rows have mean cosine ")
                    .append(fmt(m.get("minorityClassifierCosine"))).append('.');
        }
        text.append(" Within-class variability NC1 is ").append(fmt(m.get("withinClassScatter")))
                .append(" and the classifier's alignment with the means is ")
                .append(fmt(m.get("classifierAlignment"))).append('.');
        return text.toString();
    }

    /** Root-mean-square norm of the features: near zero when the weight decay has won and W = H = 0. */
    private static double rms(double[][] features) {
        double sum = 0;
        for (double[] h : features) {
            for (double v : h) {
                sum += v * v;
            }
        }
        return Math.sqrt(sum / features.length);
    }

    static String fmt(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }

    /** Class sizes and labels derived from the parameters. */
    record Setup(int classes, int dimension, int majority, int[] labels) {

        static Setup of(ParameterValues p) {
            int classes = p.integer("classes");
            int majority = (classes + 1) / 2;
            int large = p.integer("perClass");
            int small = Math.max(1, (int) Math.round(large / p.number("imbalance")));
            int[] labels = new int[majority * large + (classes - majority) * small];
            int i = 0;
            for (int k = 0; k < classes; k++) {
                for (int c = 0; c < (k < majority ? large : small); c++) {
                    labels[i++] = k;
                }
            }
            return new Setup(classes, p.integer("dimension"), majority, labels);
        }

        double work(int steps) {
            return (double) steps * labels.length * classes * dimension;
        }

        double simplexCosine() {
            return -1.0 / (classes - 1);
        }
    }
}
