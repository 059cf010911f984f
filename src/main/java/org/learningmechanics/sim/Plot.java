package org.learningmechanics.sim;

import java.util.List;

/**
 * How a simulation wants some of its series drawn: one chart with these axes, showing the named series (each
 * simulated, and dashed beside it its theory curve of the same name when there is one).
 */
public record Plot(String title, String xLabel, String yLabel, boolean logY, List<String> series) {

    public Plot {
        series = List.copyOf(series);
    }
}
