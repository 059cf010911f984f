package org.learningmechanics.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;

/**
 * A saved result against the same parameters and seed run again on today's code: identical to the last bit, within
 * a tolerance that floating-point reordering can explain, or drifted — with the numbers that say so.
 *
 * @param metrics         per metric, saved and now and their differences
 * @param maxSeriesDiff   the largest absolute difference between any saved point and today's (series and theory)
 * @param shapeChanges    series that appeared, disappeared or changed length (they make a result "drifted")
 */
public record Verification(Outcome outcome, int storedVersion, int currentVersion, List<MetricDiff> metrics,
                           double maxSeriesDiff, List<String> shapeChanges) {

    /** Relative difference below which two results count as the same computation. */
    public static final double RELATIVE_TOLERANCE = 1e-9;
    /** Absolute difference below which values near zero count as equal. */
    public static final double ABSOLUTE_TOLERANCE = 1e-12;

    public enum Outcome { IDENTICAL, WITHIN_TOLERANCE, DRIFTED }

    public record MetricDiff(String name, Double stored, Double now, double absolute, double relative) {
    }

    public boolean versionChanged() {
        return storedVersion != currentVersion;
    }

    public static Verification compare(SimulationResult stored, int storedVersion, SimulationResult now,
                                       int currentVersion) {
        List<String> shape = new ArrayList<>();
        double maxSeries = Math.max(maxDifference(stored.series(), now.series(), "", shape),
                maxDifference(stored.theory(), now.theory(), " (theory)", shape));
        List<MetricDiff> metrics = new ArrayList<>();
        boolean withinTolerance = true;
        Map<String, Double> ordered = new LinkedHashMap<>(stored.metrics());
        now.metrics().forEach(ordered::putIfAbsent);
        for (String name : ordered.keySet()) {
            Double a = stored.metrics().get(name);
            Double b = now.metrics().get(name);
            if (a == null || b == null) {
                shape.add("metric " + name + (a == null ? " is new" : " is gone"));
                metrics.add(new MetricDiff(name, a, b, Double.NaN, Double.NaN));
                continue;
            }
            double abs = difference(a, b);
            metrics.add(new MetricDiff(name, a, b, abs, relative(abs, a, b)));
            withinTolerance &= close(a, b);
        }
        withinTolerance &= seriesClose(stored.series(), now.series()) && seriesClose(stored.theory(), now.theory());
        Outcome outcome = !shape.isEmpty() || !withinTolerance ? Outcome.DRIFTED
                : stored.equals(now) && stored.agreement().equals(now.agreement()) ? Outcome.IDENTICAL
                : Outcome.WITHIN_TOLERANCE;
        return new Verification(outcome, storedVersion, currentVersion, metrics, maxSeries, shape);
    }

    private static double maxDifference(Map<String, Series> stored, Map<String, Series> now, String suffix,
                                        List<String> shape) {
        double max = 0;
        for (var entry : stored.entrySet()) {
            Series b = now.get(entry.getKey());
            if (b == null) {
                shape.add(entry.getKey() + suffix + " is gone");
            } else if (b.size() != entry.getValue().size()) {
                shape.add(entry.getKey() + suffix + " had " + entry.getValue().size() + " points, now " + b.size());
            } else {
                max = Math.max(max, maxDifference(entry.getValue(), b));
            }
        }
        now.keySet().stream().filter(name -> !stored.containsKey(name)).forEach(name -> shape.add(name + suffix
                + " is new"));
        return max;
    }

    private static double maxDifference(Series a, Series b) {
        double max = 0;
        double[] ax = a.x(), ay = a.y(), bx = b.x(), by = b.y();
        for (int i = 0; i < ax.length; i++) {
            max = Math.max(max, Math.max(difference(ax[i], bx[i]), difference(ay[i], by[i])));
        }
        return max;
    }

    private static boolean seriesClose(Map<String, Series> stored, Map<String, Series> now) {
        for (var entry : stored.entrySet()) {
            Series b = now.get(entry.getKey());
            if (b == null || b.size() != entry.getValue().size()) {
                return false;
            }
            double[] ax = entry.getValue().x(), ay = entry.getValue().y(), bx = b.x(), by = b.y();
            for (int i = 0; i < ax.length; i++) {
                if (!close(ax[i], bx[i]) || !close(ay[i], by[i])) {
                    return false;
                }
            }
        }
        return true;
    }

    /** |a − b|, with two equal non-finite values (both NaN, both +∞) counting as no difference. */
    private static double difference(double a, double b) {
        if (Double.compare(a, b) == 0) {
            return 0;
        }
        return Double.isFinite(a) && Double.isFinite(b) ? Math.abs(a - b) : Double.POSITIVE_INFINITY;
    }

    private static double relative(double absolute, double a, double b) {
        double scale = Math.max(Math.abs(a), Math.abs(b));
        return absolute == 0 ? 0 : scale == 0 ? Double.POSITIVE_INFINITY : absolute / scale;
    }

    private static boolean close(double a, double b) {
        double abs = difference(a, b);
        return abs <= ABSOLUTE_TOLERANCE || relative(abs, a, b) <= RELATIVE_TOLERANCE;
    }
}
