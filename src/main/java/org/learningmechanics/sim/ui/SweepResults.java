package org.learningmechanics.sim.ui;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.sweep.SweepPlan;
import org.learningmechanics.sim.sweep.SweepPoint;

/** What a sweep has produced so far, by grid position, and how to say it in words. */
final class SweepResults {

    private final SweepPlan plan;
    private final Map<SweepPoint, SimulationResult> results = new LinkedHashMap<>();
    private final List<String> misses = new ArrayList<>();

    SweepResults(SweepPlan plan) {
        this.plan = plan;
    }

    void add(SweepPoint point, SimulationResult result) {
        results.put(point, result);
    }

    void miss(SweepPoint point, String why) {
        misses.add(point.parameters().canonical() + ": " + why);
    }

    SweepPlan plan() {
        return plan;
    }

    boolean twoDimensional() {
        return plan.y().isPresent();
    }

    /** Points that have a result, in grid order. */
    List<SweepPoint> points() {
        return plan.points().stream().filter(results::containsKey).toList();
    }

    Optional<Double> value(SweepPoint point, String metric) {
        return Optional.ofNullable(results.get(point)).map(r -> r.metrics().get(metric));
    }

    /** The theory's value of the metric at this point, by the convention {@code <metric>Theory}. */
    Optional<Double> theory(SweepPoint point, String metric) {
        return value(point, metric + "Theory");
    }

    String describeCount() {
        return results.size() + " runs" + (misses.isEmpty() ? "." : ", " + misses.size() + " without a result ("
                + misses.getFirst() + (misses.size() > 1 ? ", …" : "") + ").");
    }

    /** A sentence or two for screen readers and print: the range of the metric and how far theory is from it. */
    String describe(String metric) {
        List<Double> values = points().stream().map(p -> value(p, metric)).flatMap(Optional::stream).toList();
        if (values.isEmpty()) {
            return "No run produced " + metric + ".";
        }
        ParameterSpec swept = plan.x().parameter();
        String text = "Across " + values.size() + " runs sweeping " + swept.label()
                + plan.y().map(y -> " and " + y.parameter().label()).orElse("") + ", " + metric + " ranged from "
                + ParameterSpec.formatSignificant(min(values), 3) + " to " + ParameterSpec.formatSignificant(max(values), 3) + ".";
        int without = results.size() - values.size();
        if (without > 0) {
            text += " " + without + (without == 1 ? " run has" : " runs have") + " no value for it (for example, "
                    + "the run ended before the event it measures).";
        }
        double worst = 0;
        int compared = 0;
        for (SweepPoint p : points()) {
            Optional<Double> sim = value(p, metric);
            Optional<Double> theory = theory(p, metric);
            if (sim.isPresent() && theory.isPresent() && theory.get() != 0) {
                worst = Math.max(worst, Math.abs(sim.get() - theory.get()) / Math.abs(theory.get()));
                compared++;
            }
        }
        if (compared > 0) {
            text += " The theory's prediction differs from the simulation by at most "
                    + String.format(Locale.ROOT, "%.2g", 100 * worst) + " % over " + compared + " runs.";
        }
        return text;
    }

    private static double min(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }

    private static double max(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

}
