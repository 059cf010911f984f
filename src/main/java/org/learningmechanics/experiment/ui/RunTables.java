package org.learningmechanics.experiment.ui;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import org.learningmechanics.experiment.Experiment;
import org.learningmechanics.sim.ParameterSpec;
import org.learningmechanics.sim.Simulation;

/**
 * Tables of one or more experiments side by side: their parameters (with a row that differs between them marked, in
 * words as well as colour) and their metrics.
 */
final class RunTables {

    private RunTables() {
    }

    /** Parameter, seed and version rows; one column per experiment. */
    static NativeTable parameters(List<Experiment> experiments, Optional<Simulation> simulation) {
        Set<String> names = new LinkedHashSet<>();
        simulation.ifPresent(s -> names.addAll(s.descriptor().parameterNames()));
        experiments.forEach(e -> names.addAll(ShareLinks.sorted(e.parameters()).keySet()));
        NativeTable table = table("experiment-parameters", "Parameter", experiments);
        for (String name : names) {
            String label = simulation.flatMap(s -> s.descriptor().parameter(name)).map(ParameterSpec::label)
                    .filter(l -> !l.isBlank()).map(l -> l + " (" + name + ")").orElse(name);
            row(table, label, experiments, e -> value(e.parameters().get(name)));
        }
        row(table, "Seed", experiments, e -> Long.toString(e.seed()));
        row(table, "Simulation version", experiments, e -> Integer.toString(e.simulationVersion()));
        return table;
    }

    /** One row per metric of any of the experiments; one column per experiment. */
    static NativeTable metrics(List<Experiment> experiments) {
        Set<String> names = new LinkedHashSet<>();
        experiments.forEach(e -> names.addAll(e.result().metrics().keySet()));
        NativeTable table = table("experiment-metrics", "Metric", experiments);
        for (String name : names) {
            row(table, name, experiments, e -> value(e.result().metrics().get(name)));
        }
        return table;
    }

    private static NativeTable table(String className, String first, List<Experiment> experiments) {
        NativeTable table = new NativeTable();
        table.addClassName("run-table");
        table.addClassName(className);
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(first);
        experiments.forEach(e -> head.addHeaderCell().setText(experiments.size() == 1 ? "Value" : e.title()));
        if (experiments.size() > 1) {
            head.addHeaderCell().setText("");
        }
        return table;
    }

    private static void row(NativeTable table, String label, List<Experiment> experiments,
                            Function<Experiment, String> value) {
        NativeTableRow row = table.getBody().addRow();
        row.addHeaderCell().setText(label);
        List<String> values = new ArrayList<>();
        experiments.forEach(e -> values.add(value.apply(e)));
        values.forEach(v -> row.addDataCell().setText(v));
        if (experiments.size() > 1) {
            boolean differs = values.stream().distinct().count() > 1;
            row.addDataCell().setText(differs ? "differs" : "");
            if (differs) {
                row.addClassName("differs");
            }
        }
    }

    static String value(Object value) {
        if (value instanceof Double d) {
            return ParameterSpec.formatSignificant(d, 6);
        }
        if (value instanceof Number n) {
            return n.toString();
        }
        return Objects.toString(value, "—");
    }
}
