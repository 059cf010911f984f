package org.learningmechanics.experiment.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import org.learningmechanics.sim.ParameterValues;

/** Links that carry a run: simulation id, every parameter in canonical form, and the seed. */
final class ShareLinks {

    private ShareLinks() {
    }

    /** {@code run/deep-linear?depth=3&init=aligned&…&seed=1}: opening it reproduces the run. */
    static String run(String simulationId, ParameterValues parameters, long seed) {
        StringJoiner query = new StringJoiner("&");
        new TreeMap<>(parameters.asMap()).forEach((name, value) -> query.add(encode(name) + "=" + encode(text(value))));
        query.add("seed=" + seed);
        return "run/" + encode(simulationId) + "?" + query;
    }

    /** A value as {@code ParameterValues.canonical()} writes it: doubles in full precision, so the link is exact. */
    private static String text(Object value) {
        return value instanceof Double d ? Double.toString(d) : String.valueOf(value);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /** Puts the absolute form of a page's link on the clipboard (the browser knows the address it was reached by). */
    static void copy(UI ui, String path) {
        ui.getPage().executeJs("return navigator.clipboard.writeText(new URL($0, document.baseURI).href)", path);
    }

    /** Runs are limited per browser session, as in the live panel. */
    static String clientKey() {
        return "session:" + VaadinSession.getCurrent().getSession().getId();
    }

    static Map<String, Object> sorted(Map<String, Object> parameters) {
        return new TreeMap<>(parameters);
    }
}
