package org.learningmechanics.ui.chart;

import java.util.List;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A heatmap (a phase diagram over two parameters): one row per value of the second parameter, one cell per value
 * of the first, shaded by the metric. A cell without a value (no run there) stays empty.
 */
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/lm-chart.ts")
public class HeatmapChart extends ChartElement {

    public HeatmapChart(String title, String xTitle, String yTitle, String color) {
        super("heatmap", title, xTitle, yTitle);
        config().put("color", color);
    }

    /**
     * Draws the grid.
     *
     * @param columns labels of the first parameter's values
     * @param rows    labels of the second parameter's values
     * @param values  values[row][column], {@code null} where there is none
     * @param min     value of the lightest shade (shared by heatmaps that should be compared)
     * @param max     value of the darkest shade; values beyond it take the darkest shade
     */
    public void draw(List<String> columns, List<String> rows, Double[][] values, double min, double max) {
        config().put("min", min).put("max", max);
        ArrayNode array = config().putArray("rows");
        for (int r = 0; r < rows.size(); r++) { // ApexCharts draws the first row at the bottom
            ObjectNode row = array.addObject().put("name", rows.get(r));
            ArrayNode data = row.putArray("data");
            for (int c = 0; c < columns.size(); c++) {
                ObjectNode cell = data.addObject().put("x", columns.get(c));
                if (values[r][c] == null) {
                    cell.putNull("y");
                } else {
                    cell.put("y", Math.min(values[r][c], max));
                }
            }
        }
        send();
    }

    /** Hears clicks on a cell: {@link PointClickEvent#series()} is the row's index, {@code index} the column's. */
    public Registration addCellClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }
}
