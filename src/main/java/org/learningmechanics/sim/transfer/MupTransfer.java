package org.learningmechanics.sim.transfer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.hipparchus.random.Well19937c;
import org.learningmechanics.sim.Frame;
import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.Preset;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationDescriptor;
import org.learningmechanics.sim.SimulationResult;

/**
 * {@code mup-transfer}: one-hidden-layer networks of widths 32, 64, … trained by full-batch gradient descent over a
 * grid of learning rates, in the standard parametrisation or in μP (Yang &amp; Hu 2021; Yang et al. 2022,
 * arXiv:2203.03466), see {@link TwoLayerNet}. In SP the tangent kernel grows like N, so the largest stable rate
 * shrinks like 1/N and the best rate drifts with it; in μP every parameter's rate is η·N against gradients of order
 * 1/N, the kernel has a width-independent limit, and the best η stays put.
 *
 * <p>Each width's curve of final loss against log₂ η shows only stable trainings (see {@link LearningRateSweep});
 * the second chart marks, per width, the stability edge (largest stable grid η), the best η, and the linearised
 * prediction of the edge from the tangent kernel at initialisation ({@link StabilityEdge}). The agreement compares
 * how the edge moves with width: the least-squares slope of measured edge against log₂ N with the slope of the
 * predicted edges (≈ −1 in SP, ≈ 0 in μP).
 */
public final class MupTransfer implements Simulation {

    public static final String ID = "mup-transfer";
    static final int SMALLEST_WIDTH = 32;
    static final double GRID_STEP = 0.5;
    /**
     * Largest steps·samples·(sum of widths) a run may cost. A run at the budget (μP, tanh, widths 32–2048, 64
     * samples, 30 steps) took 2.3 s of CPU time on one core here, the defaults 0.14 s (measured 2026-11-28).
     */
    static final double WORK_BUDGET = 8e6;

    private static final SimulationDescriptor DESCRIPTOR = new SimulationDescriptor(
            ID,
            "Learning-rate transfer across width: SP and μP",
            4,
            1,
            "Networks of several widths trained over a grid of learning rates. In the standard parametrisation the "
                    + "best and the largest stable learning rate shrink as the network widens; in μP they stay put.",
            List.of(
                    ParameterSpec.choice("parametrization", "Parametrisation", List.of("sp", "mup"), "sp",
                            "Standard (SP): readout weights of variance 1/N, one learning rate. μP: output divided "
                                    + "by N, readout weights of variance 1, every rate multiplied by N"),
                    ParameterSpec.choice("activation", "Activation", List.of("relu", "tanh"), "relu",
                            "Nonlinearity of the hidden layer"),
                    ParameterSpec.integer("maxWidth", "Largest width", 64, 2048, 256,
                            "Widths start at 32 and double while they stay at or below this"),
                    ParameterSpec.integer("steps", "Training steps", 5, 400, 50,
                            "Full-batch gradient-descent steps per training"),
                    ParameterSpec.integer("samples", "Samples P", 8, 128, 64, "Size of the training set")),
            List.of(
                    new Preset("sp-drift", "Standard parametrisation",
                            "SP with widths up to 512: the best learning rate halves every time the width doubles",
                            Map.of("parametrization", "sp", "maxWidth", 512L)),
                    new Preset("mup-transfer", "μP",
                            "μP with widths up to 512: one learning rate is best for every width",
                            Map.of("parametrization", "mup", "maxWidth", 512L)),
                    new Preset("mup-tanh", "μP with tanh",
                            "μP with tanh units: the best rate still transfers, but the network trains stably far "
                                    + "beyond the edge the tangent kernel predicts",
                            Map.of("parametrization", "mup", "activation", "tanh", "maxWidth", 512L))),
            List.of("w32, w64, … (one per width)", "maxStableLog2Lr", "bestLog2Lr"),
            List.of("maxStableLog2Lr_w<width>", "maxStableLog2Lr_w<width>Theory", "bestLog2Lr_w<width>",
                    "bestLoss_w<width>", "edgeSlope", "edgeSlopeTheory", "bestSpread"),
            MupTransfer::checkWork);

    @Override
    public SimulationDescriptor descriptor() {
        return DESCRIPTOR;
    }

    static int[] widths(int maxWidth) {
        List<Integer> widths = new ArrayList<>();
        for (int n = SMALLEST_WIDTH; n <= maxWidth; n *= 2) {
            widths.add(n);
        }
        return widths.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The learning-rate grid, log₂ η in steps of ½: SP from −10 to 2, μP (base rate) from −6 to 6. */
    static double[] grid(Parametrization parametrization) {
        double low = parametrization == Parametrization.SP ? -10 : -6;
        int points = (int) Math.round(12 / GRID_STEP) + 1;
        double[] grid = new double[points];
        for (int i = 0; i < points; i++) {
            grid[i] = low + i * GRID_STEP;
        }
        return grid;
    }

    private static void checkWork(ParameterValues p) {
        double widthSum = 0;
        for (int n : widths(p.integer("maxWidth"))) {
            widthSum += n;
        }
        double perWidthUnit = (double) p.integer("steps") * p.integer("samples");
        if (perWidthUnit * widthSum > WORK_BUDGET) {
            long steps = (long) Math.floor(WORK_BUDGET / (widthSum * p.integer("samples")));
            throw new InvalidParameterException("steps", "Training " + p.integer("steps") + " steps on "
                    + p.integer("samples") + " samples at widths up to " + p.integer("maxWidth")
                    + " would take too long; use at most " + steps + " steps, or fewer samples or a smaller "
                    + "largest width.");
        }
    }

    @Override
    public SimulationResult run(ParameterValues p, long seed, RunMonitor monitor) {
        Parametrization parametrization = Parametrization.named(p.choice("parametrization"));
        Activation activation = Activation.named(p.choice("activation"));
        Well19937c random = new Well19937c(seed);
        Task task = Task.draw(p.integer("samples"), random);
        int[] widths = widths(p.integer("maxWidth"));
        List<TwoLayerNet> nets = new ArrayList<>();
        double[] edgeTheory = new double[widths.length];
        for (int j = 0; j < widths.length; j++) {
            nets.add(TwoLayerNet.initialise(parametrization, activation, task, widths[j], random));
            edgeTheory[j] = StabilityEdge.log2Edge(nets.get(j), task);
            monitor.checkpoint();
        }
        double[] widthAxis = new double[widths.length];
        for (int j = 0; j < widths.length; j++) {
            widthAxis[j] = widths[j];
        }
        Map<String, Series> theory = Map.of("maxStableLog2Lr", new Series(widthAxis, edgeTheory));
        List<LearningRateSweep.Outcome> outcomes = sweep(nets, grid(parametrization), p.integer("steps"),
                theory, monitor);
        return TransferSummary.of(outcomes, widthAxis, edgeTheory, theory);
    }

    /** Every width's sweep in turn, streaming one loss point per finished stable training and one edge per width. */
    private static List<LearningRateSweep.Outcome> sweep(List<TwoLayerNet> nets, double[] grid, int steps,
                                                         Map<String, Series> theory, RunMonitor monitor) {
        double totalWork = nets.stream().mapToDouble(net -> (double) net.width() * grid.length).sum();
        double[] done = {0};
        monitor.frame(new Frame(Map.of(), theory, 0));
        List<LearningRateSweep.Outcome> outcomes = new ArrayList<>();
        for (TwoLayerNet net : nets) {
            String name = "w" + net.width();
            double before = done[0];
            var outcome = LearningRateSweep.run(net, grid, steps, monitor, training -> {
                done[0] += net.width();
                Map<String, Series> appended = training.stable()
                        ? Map.of(name, point(training.log2Rate(), training.finalLoss())) : Map.of();
                monitor.frame(new Frame(appended, Map.of(), done[0] / totalWork));
            });
            done[0] = before + (double) net.width() * grid.length;
            outcomes.add(outcome);
            monitor.frame(new Frame(TransferSummary.edgePoints(outcome), Map.of(), done[0] / totalWork));
        }
        return outcomes;
    }

    static Series point(double x, double y) {
        return new Series(new double[] {x}, new double[] {y});
    }

    @Override
    public List<Plot> plots(ParameterValues p) {
        List<Plot.Line> curves = new ArrayList<>();
        for (int n : widths(p.integer("maxWidth"))) {
            curves.add(new Plot.Line("w" + n, "width " + n));
        }
        return List.of(
                new Plot("Final loss against learning rate (stable trainings)", "log₂ η", "final training loss",
                        curves).logY(),
                new Plot("Stability edge and best learning rate against width", "width N", "log₂ η",
                        List.of(Plot.Line.points("maxStableLog2Lr", "largest stable log₂ η"),
                                Plot.Line.points("bestLog2Lr", "best log₂ η"))).logX());
    }

    @Override
    public String describe(ParameterValues p, SimulationResult result) {
        return TransferSummary.describe(p.choice("parametrization"), widths(p.integer("maxWidth")), result);
    }
}
