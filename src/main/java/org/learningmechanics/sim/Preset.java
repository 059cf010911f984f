package org.learningmechanics.sim;

import java.util.Map;

/** A named set of parameter values that shows something worth seeing; values not named keep their defaults. */
public record Preset(String name, String label, String description, Map<String, Object> values) {

    public Preset {
        values = Map.copyOf(values);
    }
}
