package org.learningmechanics.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.runner.SimulationCatalog;
import org.learningmechanics.sim.runner.Simulations;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Export, and import that trusts nothing it reads. */
class ExperimentJsonTest {

    final JsonMapper mapper = JsonMapper.builder().build();
    final ExperimentJson files = new ExperimentJson(mapper, new SimulationCatalog(Simulations.ofTheBook()));
    final ExperimentService.Run run = ExperimentFixtures.deepLinear(3);
    final Experiment experiment = new Experiment(1, "AAAAAAAAAAAAAAAAAAAAAA", UUID.randomUUID(), "Ada", "deep-linear",
            run.simulation().descriptor().version(), run.parameters().asMap(), 7, run.result(), "Depth 3",
            "notes", Visibility.UNLISTED, null, null, Instant.now(), Instant.now());

    @Test
    void anExportedExperimentReadsBackWithEverythingNeededToReproduceIt() {
        String exported = files.export(experiment);
        assertThat(exported).contains("\"format\" : \"learning-mechanics-experiment\"", "\"seed\" : 7");

        ExperimentJson.Imported read = files.read(bytes(exported));
        assertThat(read.simulationId()).isEqualTo("deep-linear");
        assertThat(read.version()).isEqualTo(experiment.simulationVersion());
        assertThat(read.seed()).isEqualTo(7);
        assertThat(ParameterValues.of(run.simulation().descriptor(), read.parameters())).isEqualTo(run.parameters());
        assertThat(read.result()).isEqualTo(run.result());
        assertThat(read.result().agreement()).isEqualTo(run.result().agreement());
        assertThat(read.title()).isEqualTo("Depth 3");
        assertThat(read.problem()).isNull();
    }

    @Test
    void anUnknownSimulationOrAnotherVersionIsKeptButFlagged() {
        ObjectNode file = exported();
        file.put("version", 99);
        assertThat(files.read(bytes(file.toString())).problem()).contains("version 99", "this server runs version");

        ObjectNode other = exported();
        other.put("simulation", "warp-drive");
        other.putObject("parameters").put("warp", 9);
        ExperimentJson.Imported unknown = files.read(bytes(other.toString()));
        assertThat(unknown.problem()).contains("no simulation \"warp-drive\"");
        assertThat(unknown.parameters()).containsEntry("warp", 9L);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            not JSON at all                | not a readable JSON file
            [1, 2, 3]                      | does not hold a JSON object
            {"format": "something-else"}   | not an experiment exported from Learning Mechanics
            """)
    void somethingThatIsNotAnExportIsRefusedWithAClearMessage(String content, String message) {
        assertThatThrownBy(() -> files.read(bytes(content))).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void everyFieldIsCheckedAndTheOffendingOneNamed() {
        assertRefused(f -> f.put("title", "x".repeat(121)), "\"title\" is longer than 120");
        assertRefused(f -> f.put("notes", "x".repeat(4001)), "\"notes\" is longer than 4000");
        assertRefused(f -> f.put("seed", "one"), "\"seed\" is missing or is not a whole number");
        assertRefused(f -> f.put("simulation", "../../etc/passwd"), "must be a simulation id");
        assertRefused(f -> ((ObjectNode) f.get("parameters")).put("depth", 99), "Parameter \"depth\"");
        assertRefused(f -> ((ObjectNode) f.get("parameters")).put("evil", 1), "\"evil\" is not a parameter");
        assertRefused(f -> ((ObjectNode) f.get("parameters")).putObject("depth").put("$gt", 1), "number or a short");
        assertRefused(f -> ((ObjectNode) f.get("result").get("series").get("loss")).putArray("x").add(1),
                "has 1 x values but");
        assertRefused(f -> ((ObjectNode) f.get("result").get("metrics")).put("halfTime1", "soon"), "must be a number");
        assertRefused(f -> f.remove("result"), "\"result\" is missing");
        assertRefused(f -> ((ObjectNode) f.get("result")).put("agreement", 3), "\"agreement\" is missing");
    }

    @Test
    void maliciousShapesAreRefusedBeforeTheyCostAnything() {
        String deep = "{\"a\":".repeat(5000) + "1" + "}".repeat(5000);
        assertThatThrownBy(() -> files.read(bytes(deep))).hasMessageContaining("not a readable JSON file");
        String duplicate = exported().toString().replaceFirst("\\{", "{\"seed\": 1, ");
        assertThatThrownBy(() -> files.read(bytes(duplicate))).hasMessageContaining("not a readable JSON file");
        assertThatThrownBy(() -> files.read(new byte[ExperimentJson.MAX_BYTES + 1])).hasMessageContaining("5 MB");
        assertThatThrownBy(() -> files.read(new byte[0])).hasMessage("The file is empty.");
        String hugeNumber = exported().toString().replace("\"seed\":7", "\"seed\":" + "9".repeat(1000));
        assertThatThrownBy(() -> files.read(bytes(hugeNumber))).isInstanceOf(ExperimentException.class);
    }

    private void assertRefused(java.util.function.Consumer<ObjectNode> change, String message) {
        ObjectNode file = exported();
        change.accept(file);
        assertThatThrownBy(() -> files.read(bytes(file.toString()))).isInstanceOf(ExperimentException.class)
                .hasMessageContaining(message);
    }

    private ObjectNode exported() {
        return (ObjectNode) mapper.readTree(files.export(experiment));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
