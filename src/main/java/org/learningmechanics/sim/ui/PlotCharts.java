package org.learningmechanics.sim.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.learningmechanics.sim.Plot;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.ui.chart.LineChart;
import org.learningmechanics.ui.chart.Palette;

/**
 * Charts for a simulation's plots, the one place that decides how a run is drawn: each line in its colour, its
 * theory dashed beside it, log axes where the plot asks. Used by the live panel, by a stored run and by comparisons.
 */
public final class PlotCharts {

    private PlotCharts() {
    }

    /** A chart for one run: line i of the plot in colour i, its theory curve dashed in the same colour. */
    public static LineChart forRun(Plot plot) {
        LineChart chart = axes(plot);
        for (int i = 0; i < plot.lines().size(); i++) {
            Plot.Line line = plot.lines().get(i);
            chart.addSeries(line.series(), line.label(), Palette.color(i), style(line));
            chart.addSeries(theoryName(line.series()), line.label() + " (theory)", Palette.color(i),
                    LineChart.Style.DASHED);
        }
        return chart;
    }

    /**
     * A chart overlaying several runs of the same plot: run r in colour r, every line of it (and its theory,
     * dashed) labelled with the run's name.
     */
    public static LineChart overlay(Plot plot, List<String> runNames) {
        LineChart chart = axes(plot);
        for (int r = 0; r < runNames.size(); r++) {
            for (Plot.Line line : plot.lines()) {
                String label = runNames.get(r) + ": " + line.label();
                chart.addSeries(overlayName(r, line.series()), label, Palette.color(r), style(line));
                chart.addSeries(overlayName(r, theoryName(line.series())), label + " (theory)", Palette.color(r),
                        LineChart.Style.DASHED);
            }
        }
        return chart;
    }

    /** Draws a whole stored result on a chart made by {@link #forRun}. */
    public static void show(LineChart chart, SimulationResult result) {
        chart.draw();
        chart.replace(named(result, ""));
    }

    /** Draws run r's stored result on a chart made by {@link #overlay}. */
    public static void showOverlay(LineChart chart, int run, SimulationResult result) {
        chart.replace(named(result, run + "/"));
    }

    static String theoryName(String series) {
        return series + " theory";
    }

    private static String overlayName(int run, String series) {
        return run + "/" + series;
    }

    private static Map<String, Series> named(SimulationResult result, String prefix) {
        Map<String, Series> all = new LinkedHashMap<>();
        result.series().forEach((name, s) -> all.put(prefix + name, s));
        result.theory().forEach((name, s) -> all.put(prefix + theoryName(name), s));
        return all;
    }

    private static LineChart axes(Plot plot) {
        LineChart chart = new LineChart(plot.title(), plot.xLabel(), plot.yLabel());
        if (plot.xAxis() == Plot.Axis.LOG) {
            chart.logX();
        }
        if (plot.yAxis() == Plot.Axis.LOG) {
            chart.logY();
        }
        return chart;
    }

    private static LineChart.Style style(Plot.Line line) {
        return line.mark() == Plot.Mark.POINTS ? LineChart.Style.POINTS : LineChart.Style.LINE;
    }
}
