package org.learningmechanics.sim.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.Component;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.sweep.SweepAxis;
import org.learningmechanics.sim.sweep.SweepPoint;
import org.learningmechanics.ui.chart.HeatmapChart;
import org.learningmechanics.ui.chart.LineChart;
import org.learningmechanics.ui.chart.Palette;

/**
 * Draws a sweep: for one parameter, the metric as points against it with the theory as a dashed line (log axes
 * where the parameter is log-scale); for two, a heatmap of the simulation beside a heatmap of the theory.
 * Clicking a point or cell opens that run.
 */
final class SweepChart {

    private final List<Component> components = new ArrayList<>();

    SweepChart(SweepResults results, String metric, Consumer<ParameterValues> open) {
        if (results.twoDimensional()) {
            heatmaps(results, metric, open);
        } else {
            curve(results, metric, open);
        }
    }

    Component[] components() {
        return components.toArray(Component[]::new);
    }

    private void curve(SweepResults results, String metric, Consumer<ParameterValues> open) {
        ParameterSpec swept = results.plan().x().parameter();
        LineChart chart = new LineChart(metric + " against " + swept.label(), swept.label(), metric);
        if (swept.scale() == ParameterSpec.Scale.LOG) {
            chart.logX();
        }
        chart.addSeries("simulation", metric + " (simulation)", Palette.color(0), LineChart.Style.POINTS);
        chart.addSeries("theory", metric + " (theory)", Palette.color(0), LineChart.Style.DASHED);
        List<SweepPoint> points = results.points().stream().filter(p -> results.value(p, metric).isPresent()).toList();
        chart.draw();
        chart.replace(Map.of(
                "simulation", series(points, p -> results.value(p, metric)),
                "theory", series(points.stream().filter(p -> results.theory(p, metric).isPresent()).toList(),
                        p -> results.theory(p, metric))));
        chart.addPointClickListener(e -> {
            if ("simulation".equals(e.series()) && e.index() < points.size()) {
                open.accept(points.get(e.index()).parameters());
            }
        });
        components.add(chart);
    }

    private static String label(double value) {
        return ParameterSpec.formatSignificant(value, 3);
    }

    private static Series series(List<SweepPoint> points, java.util.function.Function<SweepPoint, Optional<Double>> y) {
        double[] xs = points.stream().mapToDouble(SweepPoint::x).toArray();
        double[] ys = points.stream().mapToDouble(p -> y.apply(p).orElseThrow()).toArray();
        return new Series(xs, ys);
    }

    private void heatmaps(SweepResults results, String metric, Consumer<ParameterValues> open) {
        SweepAxis x = results.plan().x();
        SweepAxis y = results.plan().y().orElseThrow();
        double[] xs = x.values();
        double[] ys = y.values();
        List<String> columns = java.util.Arrays.stream(xs).mapToObj(SweepChart::label).toList();
        List<String> rows = java.util.Arrays.stream(ys).mapToObj(SweepChart::label).toList();
        Double[][] simulated = new Double[ys.length][xs.length];
        Double[][] theory = new Double[ys.length][xs.length];
        SweepPoint[][] at = new SweepPoint[ys.length][xs.length];
        for (SweepPoint p : results.points()) {
            simulated[p.j()][p.i()] = results.value(p, metric).orElse(null);
            theory[p.j()][p.i()] = results.theory(p, metric).orElse(null);
            at[p.j()][p.i()] = p;
        }
        // One colour scale for both, set by the simulated values, so equal shades mean equal values.
        double min = results.points().stream().flatMap(p -> results.value(p, metric).stream())
                .mapToDouble(Double::doubleValue).min().orElse(0);
        double max = results.points().stream().flatMap(p -> results.value(p, metric).stream())
                .mapToDouble(Double::doubleValue).max().orElse(1);
        HeatmapChart sim = new HeatmapChart(metric + " (simulation)", x.parameter().label(), y.parameter().label(),
                Palette.color(0));
        sim.draw(columns, rows, simulated, min, max);
        sim.addCellClickListener(e -> {
            int row = Integer.parseInt(e.series());
            if (row >= 0 && row < ys.length && e.index() < xs.length && at[row][e.index()] != null) {
                open.accept(at[row][e.index()].parameters());
            }
        });
        components.add(sim);
        boolean anyTheory = results.points().stream().anyMatch(p -> results.theory(p, metric).isPresent());
        if (anyTheory) {
            HeatmapChart predicted = new HeatmapChart(metric + " (theory; beyond the darkest shade where it exceeds "
                    + "every simulated value)", x.parameter().label(), y.parameter().label(), Palette.color(0));
            predicted.draw(columns, rows, theory, min, max);
            components.add(predicted);
        }
    }
}
