package org.learningmechanics.sim.sweep;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.SimulationDescriptor;

/**
 * A sweep over one parameter, or a grid over two (a phase diagram), every other parameter held at {@code base}.
 * Points whose combination the simulation refuses (e.g. a matrix smaller than the target's rank) are left out and
 * counted, not run.
 */
public record SweepPlan(SimulationDescriptor descriptor, ParameterValues base, SweepAxis x, Optional<SweepAxis> y) {

    public static final int MAX_RUNS = 400;

    public SweepPlan {
        if (y.isPresent() && y.get().parameter().name().equals(x.parameter().name())) {
            throw new InvalidParameterException(x.parameter().name(), "Sweep two different parameters.");
        }
        long runs = (long) x.points() * y.map(SweepAxis::points).orElse(1);
        if (runs > MAX_RUNS) {
            throw new InvalidParameterException(y.map(a -> a.parameter().name()).orElse(x.parameter().name()),
                    "A sweep may have at most " + MAX_RUNS + " runs; this one asks for " + runs + ".");
        }
    }

    /** Every valid point, row by row. */
    public List<SweepPoint> points() {
        List<SweepPoint> points = new ArrayList<>();
        double[] xs = x.values();
        double[] ys = y.map(SweepAxis::values).orElse(new double[] {Double.NaN});
        for (int j = 0; j < ys.length; j++) {
            for (int i = 0; i < xs.length; i++) {
                Map<String, Object> values = new LinkedHashMap<>(base.asMap());
                values.put(x.parameter().name(), x.typed(xs[i]));
                if (y.isPresent()) {
                    values.put(y.get().parameter().name(), y.get().typed(ys[j]));
                }
                try {
                    points.add(new SweepPoint(i, j, xs[i], ys[j], ParameterValues.of(descriptor, values)));
                } catch (InvalidParameterException notAllowedHere) {
                    // e.g. size < modes at this corner of the grid: no run there
                }
            }
        }
        return points;
    }

    /** How many grid points the simulation refuses. */
    public int skipped() {
        return x.values().length * y.map(a -> a.values().length).orElse(1) - points().size();
    }
}
