package org.learningmechanics.sim;

import java.util.List;

/**
 * How a simulation wants some of its series drawn: one chart with these axes, showing the named lines (each
 * simulated, and dashed beside it its theory curve of the same name when there is one).
 */
public record Plot(String title, String xLabel, String yLabel, List<Line> lines) {

    public Plot {
        lines = List.copyOf(lines);
    }

    /** A series to draw, by its key in the result, with the label a reader sees in the legend. */
    public record Line(String series, String label) {
    }
}
