package org.learningmechanics.ui.chart;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** What every chart shares: the {@code <lm-chart>} element, its configuration, and an accessible name. */
@Tag("lm-chart")
public abstract class ChartElement extends Component implements HasSize {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final ObjectNode config = JSON.createObjectNode();

    ChartElement(String type, String title, String xTitle, String yTitle) {
        config.put("type", type).put("title", title).put("xTitle", xTitle).put("yTitle", yTitle);
        getElement().setAttribute("role", "img");
        getElement().setAttribute("aria-label", title);
        getElement().getClassList().add("lm-chart");
    }

    ObjectNode config() {
        return config;
    }

    void send() {
        getElement().callJsFunction("setConfig", config);
    }
}
