package org.learningmechanics.sim;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * A complete, validated set of parameter values for one simulation: every declared parameter is present (defaults
 * filled in) and within its range. Instances are immutable and are the only way a simulation receives its inputs.
 */
public final class ParameterValues {

    private final Map<String, Object> values;

    private ParameterValues(Map<String, Object> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    /** The defaults of every parameter of the descriptor. */
    public static ParameterValues defaults(SimulationDescriptor descriptor) {
        return fromText(descriptor, Map.of());
    }

    /**
     * Reads values from their text form (a query string, a link, a form). Missing parameters take their defaults.
     *
     * @throws InvalidParameterException for an unknown name or a value that is not allowed
     */
    public static ParameterValues fromText(SimulationDescriptor descriptor, Map<String, String> text) {
        for (String name : text.keySet()) {
            if (descriptor.parameter(name).isEmpty()) {
                throw new InvalidParameterException(name, "\"" + ParameterSpec.abbreviate(name)
                        + "\" is not a parameter of " + descriptor.title() + ". Its parameters are "
                        + descriptor.parameterNames() + ".");
            }
        }
        Map<String, Object> parsed = new LinkedHashMap<>();
        for (ParameterSpec spec : descriptor.parameters()) {
            String raw = text.get(spec.name());
            parsed.put(spec.name(), raw == null ? spec.defaultValue() : spec.parse(raw));
        }
        return validated(descriptor, parsed);
    }

    /** Values already in Java form (Double, Long, String), e.g. from a preset; missing ones take their defaults. */
    public static ParameterValues of(SimulationDescriptor descriptor, Map<String, ?> given) {
        Map<String, Object> checked = new LinkedHashMap<>();
        for (ParameterSpec spec : descriptor.parameters()) {
            Object value = given.get(spec.name());
            checked.put(spec.name(), value == null ? spec.defaultValue() : spec.checked(value));
        }
        for (String name : given.keySet()) {
            if (descriptor.parameter(name).isEmpty()) {
                throw new InvalidParameterException(name, "\"" + ParameterSpec.abbreviate(name)
                        + "\" is not a parameter of " + descriptor.title() + ".");
            }
        }
        return validated(descriptor, checked);
    }

    private static ParameterValues validated(SimulationDescriptor descriptor, Map<String, Object> values) {
        ParameterValues result = new ParameterValues(values);
        descriptor.crossCheck().accept(result);
        return result;
    }

    public double number(String name) {
        return ((Number) require(name)).doubleValue();
    }

    public int integer(String name) {
        return Math.toIntExact(((Number) require(name)).longValue());
    }

    public String choice(String name) {
        return (String) require(name);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * A canonical text form, identical for equal values whatever order or notation they arrived in: the key of the
     * result cache and of shared links.
     */
    public String canonical() {
        StringJoiner joiner = new StringJoiner("&");
        values.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> joiner.add(
                e.getKey() + "=" + (e.getValue() instanceof Double d ? Double.toString(d) : e.getValue())));
        return joiner.toString();
    }

    private Object require(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw new IllegalArgumentException("No parameter named " + name);
        }
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterValues that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return canonical();
    }
}
