package org.learningmechanics.ui.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import org.learningmechanics.sim.Series;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A line chart drawn by ApexCharts 4.7.0 (the last MIT-licensed release) through our own thin web component,
 * {@code <lm-chart>}. Series are declared up front with a colour and a dash style; points are then appended as they
 * stream in. Theory curves are dashed in the colour of the series they predict.
 */
@Tag("lm-chart")
@NpmPackage(value = "apexcharts", version = "4.7.0")
@JsModule("./components/lm-chart.ts")
public class LineChart extends Component implements HasSize {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ObjectNode> series = new ArrayList<>();
    private final ObjectNode config = JSON.createObjectNode();
    private final Map<String, Integer> pointCounts = new LinkedHashMap<>();

    public LineChart(String title, String xTitle, String yTitle) {
        config.put("title", title).put("xTitle", xTitle).put("yTitle", yTitle);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        getElement().getClassList().add("lm-chart");
    }

    /**
     * Declares a series; call before {@link #draw()}.
     *
     * @param key   how {@link #append} and {@link #replace} name it
     * @param label what the legend and tooltip show
     */
    public LineChart addSeries(String key, String label, String color, boolean dashed) {
        series.add(JSON.createObjectNode().put("key", key).put("label", label).put("color", color)
                .put("dashed", dashed));
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
        ArrayNode array = config.putArray("series");
        for (ObjectNode s : series) {
            array.add(s.deepCopy().set("data", JSON.createArrayNode()));
        }
        getElement().callJsFunction("setConfig", config);
    }

    /** Appends points to the named series. */
    public void append(Map<String, Series> points) {
        send(points, false);
    }

    /** Replaces the points of the named series. */
    public void replace(Map<String, Series> points) {
        send(points, true);
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
