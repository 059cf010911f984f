package org.learningmechanics.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import org.learningmechanics.sim.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line or scatter chart drawn by ApexCharts 4.7.0 (the last MIT-licensed release) through our own thin web
 * component, {@code <lm-chart>}. Series are declared up front with a colour and a style; points are then appended
 * as they stream in. Theory curves are dashed in the colour of the series they predict. Either axis may be
 * logarithmic.
 */
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/lm-chart.ts")
public class LineChart extends ChartElement {

    /** How a series is drawn. */
    public enum Style { LINE, DASHED, POINTS }

    private final List<ObjectNode> series = new ArrayList<>();
    private final Map<String, Integer> pointCounts = new LinkedHashMap<>();

    public LineChart(String title, String xTitle, String yTitle) {
        super("line", title, xTitle, yTitle);
    }

    public LineChart logX() {
        config().put("logX", true);
        return this;
    }

    public LineChart logY() {
        config().put("logY", true);
        return this;
    }

    /**
     * Declares a series; call before {@link #draw()}.
     *
     * @param key   how {@link #append} and {@link #replace} name it
     * @param label what the legend and tooltip show
     */
    public LineChart addSeries(String key, String label, String color, Style style) {
        series.add(JSON.createObjectNode().put("key", key).put("label", label).put("color", color)
                .put("style", style.name().toLowerCase()));
        pointCounts.put(key, 0);
        return this;
    }

    /** How many points of the series the browser has been sent (after replacements): what is on screen. */
    public int pointCount(String key) {
        return pointCounts.getOrDefault(key, 0);
    }

    /** Sends the configuration (with no points yet) to the browser. */
    public void draw() {
        pointCounts.replaceAll((key, count) -> 0);
        ArrayNode array = config().putArray("series");
        for (ObjectNode s : series) {
            array.add(s.deepCopy().set("data", JSON.createArrayNode()));
        }
        send();
    }

    /** Empties every series, keeping the chart. */
    public void clear() {
        Map<String, Series> empty = new LinkedHashMap<>();
        pointCounts.keySet().forEach(key -> empty.put(key, new Series(new double[0], new double[0])));
        replace(empty);
    }

    /** Appends points to the named series. */
    public void append(Map<String, Series> points) {
        send(points, false);
    }

    /** Replaces the points of the named series. */
    public void replace(Map<String, Series> points) {
        send(points, true);
    }

    /** Hears clicks on a point: the key of its series and its index there. */
    public Registration addPointClickListener(ComponentEventListener<PointClickEvent> listener) {
        return addListener(PointClickEvent.class, listener);
    }

    private void send(Map<String, Series> points, boolean replace) {
        Map<String, JsonNode> payload = new LinkedHashMap<>();
        points.forEach((name, s) -> {
            if (!pointCounts.containsKey(name)) {
                return;
            }
            pointCounts.merge(name, s.size(), replace ? (old, added) -> added : Integer::sum);
            ArrayNode data = JSON.createArrayNode();
            double[] x = s.x();
            double[] y = s.y();
            for (int i = 0; i < x.length; i++) {
                data.addArray().add(x[i]).add(y[i]);
            }
            payload.put(name, data);
        });
        getElement().callJsFunction("appendPoints", JSON.valueToTree(payload), replace);
    }
}
