package org.learningmechanics.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.sim.Agreement;
import org.learningmechanics.sim.Series;
import org.learningmechanics.sim.SimulationResult;
import tools.jackson.databind.JsonNode;

/**
 * A run's result read from an untrusted file: series and theory as {@code {name: {x: [...], y: [...]}}} with x and y
 * of equal length, metrics as {@code {name: number}}, and the agreement; bounded in count and size throughout.
 */
final class ResultShape {

    private static final int MAX_SERIES = 200;
    private static final int MAX_POINTS = 1_000_000;
    private static final int MAX_TEXT = 2000;

    private ResultShape() {
    }

    static SimulationResult read(JsonNode result) {
        int[] points = {0};
        Map<String, Series> series = curves(result, "series", points);
        Map<String, Series> theory = curves(result, "theory", points);
        JsonNode metricsNode = new JsonFields(result).object("metrics");
        if (metricsNode.size() > MAX_SERIES) {
            throw new ExperimentException("The result has more than " + MAX_SERIES + " metrics.");
        }
        Map<String, Double> metrics = new LinkedHashMap<>();
        for (var entry : metricsNode.properties()) {
            String name = JsonFields.name("Metric", entry.getKey());
            metrics.put(name, JsonFields.number(entry.getValue(), "Metric \"" + name + "\""));
        }
        JsonFields agreement = new JsonFields(new JsonFields(result).object("agreement"));
        JsonNode agreementNode = result.get("agreement");
        return new SimulationResult(series, theory, metrics, new Agreement(
                agreement.text("metric", MAX_TEXT),
                JsonFields.number(agreementNode.get("value"), "The agreement's value"),
                JsonFields.number(agreementNode.get("threshold"), "The agreement's threshold"),
                agreement.optionalText("explanation", MAX_TEXT)));
    }

    private static Map<String, Series> curves(JsonNode result, String field, int[] points) {
        JsonNode node = new JsonFields(result).object(field);
        if (node.size() > MAX_SERIES) {
            throw new ExperimentException("The result has more than " + MAX_SERIES + " " + field + ".");
        }
        Map<String, Series> curves = new LinkedHashMap<>();
        for (var entry : node.properties()) {
            String name = JsonFields.name("Series", entry.getKey());
            JsonNode curve = entry.getValue();
            if (!curve.isObject()) {
                throw new ExperimentException("Series \"" + name + "\" must be an object with x and y.");
            }
            double[] x = numbers(curve.get("x"), name, "x");
            double[] y = numbers(curve.get("y"), name, "y");
            if (x.length != y.length) {
                throw new ExperimentException("Series \"" + name + "\" has " + x.length + " x values but "
                        + y.length + " y values.");
            }
            points[0] += x.length;
            if (points[0] > MAX_POINTS) {
                throw new ExperimentException("The result has more than " + MAX_POINTS + " points.");
            }
            curves.put(name, new Series(x, y));
        }
        return curves;
    }

    private static double[] numbers(JsonNode array, String series, String axis) {
        if (array == null || !array.isArray()) {
            throw new ExperimentException("Series \"" + series + "\" needs an array \"" + axis + "\".");
        }
        if (array.size() > MAX_POINTS) {
            throw new ExperimentException("Series \"" + series + "\" has too many points.");
        }
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = JsonFields.number(array.get(i), "Each " + axis + " of series \"" + series + "\"");
        }
        return values;
    }
}
