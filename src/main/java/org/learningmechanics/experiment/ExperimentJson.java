package org.learningmechanics.experiment;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.learningmechanics.sim.InvalidParameterException;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.Simulation;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An experiment as a file: everything needed to reproduce it (simulation id and version, every parameter, the seed),
 * what it produced (the full result) and what its owner wrote about it. Reading one back trusts nothing in it: the
 * file is parsed into a tree with tight limits (size, nesting, string length, no duplicate keys), and every value is
 * checked and copied out by hand, never bound to classes by the file's say-so.
 */
@Component
public class ExperimentJson {

    public static final String FORMAT = "learning-mechanics-experiment";
    public static final int FORMAT_VERSION = 1;
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final JsonMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(12).maxStringLength(MAX_BYTES).maxNumberLength(40).build())
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .build())
            .build();

    private final JsonMapper json;
    private final SimulationCatalog catalog;

    public ExperimentJson(JsonMapper json, SimulationCatalog catalog) {
        this.json = json;
        this.catalog = catalog;
    }

    /** A checked file: ready to store, with {@link #problem()} saying why it cannot be re-run here, if it cannot. */
    public record Imported(String simulationId, int version, Map<String, Object> parameters, long seed,
                           SimulationResult result, String title, String notes, String problem) {
    }

    /** The file's text, pretty-printed; the result in the same JSON form the run records use. */
    public String export(Experiment e) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT).put("formatVersion", FORMAT_VERSION)
                .put("simulation", e.simulationId()).put("version", e.simulationVersion());
        root.set("parameters", json.valueToTree(orderedParameters(e)));
        root.put("seed", e.seed()).put("title", e.title()).put("notes", e.notes())
                .put("createdAt", e.createdAt().toString());
        root.set("result", json.valueToTree(e.result()));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    }

    /** Parameters in the order the simulation declares them, when this server knows it. */
    private Map<String, Object> orderedParameters(Experiment e) {
        Map<String, Object> ordered = new LinkedHashMap<>();
        catalog.find(e.simulationId()).ifPresent(s -> s.descriptor().parameterNames().forEach(name -> {
            if (e.parameters().containsKey(name)) {
                ordered.put(name, e.parameters().get(name));
            }
        }));
        ordered.putAll(e.parameters());
        return ordered;
    }

    /**
     * Reads and checks an exported file.
     *
     * @throws ExperimentException saying in plain words what is wrong; nothing is stored then
     */
    public Imported read(byte[] file) {
        if (file.length == 0) {
            throw new ExperimentException("The file is empty.");
        }
        if (file.length > MAX_BYTES) {
            throw new ExperimentException("The file is larger than 5 MB; an exported experiment is much smaller.");
        }
        JsonNode root;
        try {
            root = STRICT.readTree(new String(file, StandardCharsets.UTF_8));
        } catch (JacksonException malformed) {
            throw new ExperimentException("This is not a readable JSON file (" + firstLine(malformed) + ").");
        }
        if (root == null || !root.isObject()) {
            throw new ExperimentException("The file does not hold a JSON object, so it is not an exported experiment.");
        }
        JsonFields fields = new JsonFields(root);
        if (!FORMAT.equals(fields.text("format", 100)) || fields.integer("formatVersion") != FORMAT_VERSION) {
            throw new ExperimentException("This is not an experiment exported from Learning Mechanics (its "
                    + "\"format\" is not \"" + FORMAT + "\", version " + FORMAT_VERSION + ").");
        }
        String simulationId = fields.text("simulation", 100);
        if (!simulationId.matches("[a-z0-9-]{1,100}")) {
            throw new ExperimentException("\"simulation\" must be a simulation id such as deep-linear.");
        }
        long version = fields.integer("version");
        if (version < 1 || version > Integer.MAX_VALUE) {
            throw new ExperimentException("\"version\" must be a positive whole number.");
        }
        long seed = fields.integer("seed");
        String title = fields.text("title", ExperimentService.MAX_TITLE_LENGTH);
        String notes = fields.optionalText("notes", ExperimentService.MAX_NOTES_LENGTH);
        SimulationResult result = ResultShape.read(fields.object("result"));
        Map<String, Object> parameters = JsonFields.flatValues(fields.object("parameters"));
        String problem = null;
        var simulation = catalog.find(simulationId);
        if (simulation.isEmpty()) {
            problem = "This server has no simulation \"" + simulationId + "\": the saved result is shown as it was, "
                    + "but it cannot be re-run here.";
        } else {
            parameters = checkedParameters(simulation.get(), parameters);
            int current = simulation.get().descriptor().version();
            if (current != version) {
                problem = "Saved with version " + version + " of the simulation; this server runs version " + current
                        + ". The saved result is shown as it was; re-running it will show what changed.";
            }
        }
        return new Imported(simulationId, (int) version, parameters, seed, result, title, notes, problem);
    }

    private static Map<String, Object> checkedParameters(Simulation simulation, Map<String, Object> given) {
        try {
            return ParameterValues.of(simulation.descriptor(), given).asMap();
        } catch (InvalidParameterException invalid) {
            throw new ExperimentException("Parameter \"" + invalid.parameter() + "\": " + invalid.getMessage());
        }
    }

    private static String firstLine(JacksonException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }
}
