package org.learningmechanics.book.markdown;

import java.util.Map;

import org.commonmark.node.CustomBlock;

/**
 * Where a chapter embeds a live simulation: a line {@code ::: simulation <id> [preset=<name>]}.
 *
 * @param options the {@code key=value} pairs after the id
 */
public final class SimulationDirective extends CustomBlock {

    private final String simulationId;
    private final Map<String, String> options;

    public SimulationDirective(String simulationId, Map<String, String> options) {
        this.simulationId = simulationId;
        this.options = Map.copyOf(options);
    }

    public String simulationId() {
        return simulationId;
    }

    public Map<String, String> options() {
        return options;
    }
}
