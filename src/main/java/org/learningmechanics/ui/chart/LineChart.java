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

    public LineChart(String title, String xTitle, String yTitle) {
        config.put("title", title).put("xTitle", xTitle).put("yTitle", yTitle).put("logY", false);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        getElement().getClassList().add("lm-chart");
    }

    public LineChart logarithmicY() {
        config.put("logY", true);
        return this;
    }

    /** Declares a series; call before {@link #draw()}. */
    public LineChart addSeries(String name, String color, boolean dashed) {
        series.add(JSON.createObjectNode().put("name", name).put("color", color).put("dashed", dashed));
        return this;
    }

    /** Sends the configuration (with no points yet) to the browser. */
    public void draw() {
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
