package org.learningmechanics.sim;

import java.util.List;

/**
 * How a simulation wants some of its series drawn: one chart with these axes, showing the named lines (each
 * simulated, and dashed beside it its theory curve of the same name when there is one).
 *
 * <p>Power laws are straight lines on log–log axes, so scaling-law and width plots ask for {@link Axis#LOG}; a
 * measurement taken at a few separate settings (one point per trained model, say) is drawn as {@link Mark#POINTS}
 * so nobody reads the straight segments between them as data.
 */
public record Plot(String title, String xLabel, String yLabel, List<Line> lines, Axis xAxis, Axis yAxis) {

    public Plot {
        lines = List.copyOf(lines);
    }

    /** A plot on linear axes. */
    public Plot(String title, String xLabel, String yLabel, List<Line> lines) {
        this(title, xLabel, yLabel, lines, Axis.LINEAR, Axis.LINEAR);
    }

    /** The same plot with a logarithmic x axis (every x must be positive). */
    public Plot logX() {
        return new Plot(title, xLabel, yLabel, lines, Axis.LOG, yAxis);
    }

    /** The same plot with a logarithmic y axis (every y must be positive). */
    public Plot logY() {
        return new Plot(title, xLabel, yLabel, lines, xAxis, Axis.LOG);
    }

    /** How an axis maps values to positions. */
    public enum Axis { LINEAR, LOG }

    /** How the simulated series is drawn; its theory curve is always a dashed line. */
    public enum Mark { LINE, POINTS }

    /** A series to draw, by its key in the result, with the label a reader sees in the legend. */
    public record Line(String series, String label, Mark mark) {

        /** A series drawn as a line. */
        public Line(String series, String label) {
            this(series, label, Mark.LINE);
        }

        /** A series measured at separate settings, drawn as points. */
        public static Line points(String series, String label) {
            return new Line(series, label, Mark.POINTS);
        }
    }
}
