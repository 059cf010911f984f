package org.learningmechanics.experiment;

import java.util.LinkedHashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Reading checked values out of an untrusted JSON object, each failure named by its field. */
final class JsonFields {

    static final int MAX_NAME_LENGTH = 100;
    private static final int MAX_PARAMETERS = 50;

    private final JsonNode object;

    JsonFields(JsonNode object) {
        this.object = object;
    }

    JsonNode object(String field) {
        JsonNode node = object.get(field);
        if (node == null || !node.isObject()) {
            throw new ExperimentException("\"" + field + "\" is missing or is not a JSON object.");
        }
        return node;
    }

    String text(String field, int maxLength) {
        JsonNode node = object.get(field);
        if (node == null || !node.isString()) {
            throw new ExperimentException("\"" + field + "\" is missing or is not text.");
        }
        return limited(field, node.asString(), maxLength);
    }

    String optionalText(String field, int maxLength) {
        JsonNode node = object.get(field);
        return node == null || node.isNull() ? "" : text(field, maxLength);
    }

    long integer(String field) {
        JsonNode node = object.get(field);
        if (node == null || !node.isIntegralNumber() || !node.canConvertToLong()) {
            throw new ExperimentException("\"" + field + "\" is missing or is not a whole number.");
        }
        return node.asLong();
    }

    /** A number, or one of the texts "NaN", "Infinity", "-Infinity" in which JSON writers spell non-finite values. */
    static double number(JsonNode node, String what) {
        if (node != null && node.isNumber()) {
            return node.asDouble();
        }
        if (node != null && node.isString()) {
            switch (node.asString()) {
                case "NaN" -> {
                    return Double.NaN;
                }
                case "Infinity" -> {
                    return Double.POSITIVE_INFINITY;
                }
                case "-Infinity" -> {
                    return Double.NEGATIVE_INFINITY;
                }
                default -> {
                }
            }
        }
        throw new ExperimentException(what + " must be a number.");
    }

    static String limited(String what, String text, int maxLength) {
        if (text.length() > maxLength) {
            throw new ExperimentException("\"" + what + "\" is longer than " + maxLength + " characters.");
        }
        return text;
    }

    static String name(String what, String name) {
        if (name.isBlank() || name.length() > MAX_NAME_LENGTH) {
            throw new ExperimentException(what + " names must have 1 to " + MAX_NAME_LENGTH + " characters.");
        }
        return name;
    }

    /** A flat object of parameter values: numbers (whole ones as Long) and short texts, nothing nested. */
    static Map<String, Object> flatValues(JsonNode parameters) {
        if (parameters.size() > MAX_PARAMETERS) {
            throw new ExperimentException("\"parameters\" has more than " + MAX_PARAMETERS + " entries.");
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (var entry : parameters.properties()) {
            String name = name("Parameter", entry.getKey());
            JsonNode value = entry.getValue();
            if (value.isIntegralNumber() && value.canConvertToLong()) {
                values.put(name, value.asLong());
            } else if (value.isNumber()) {
                values.put(name, value.asDouble());
            } else if (value.isString()) {
                values.put(name, limited("parameter " + name, value.asString(), MAX_NAME_LENGTH));
            } else {
                throw new ExperimentException("Parameter \"" + name + "\" must be a number or a short text.");
            }
        }
        return values;
    }
}
