package org.learningmechanics.sim.runner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.RunMonitor;
import org.learningmechanics.sim.SimulationResult;
import org.learningmechanics.sim.linear.DeepLinearNetwork;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
class SimulationRunRepositoryTest {

    @Autowired
    SimulationRunRepository runs;

    @Test
    void aSavedRunComesBackIdenticalFromPostgres() {
        var simulation = new DeepLinearNetwork();
        ParameterValues p = ParameterValues.of(simulation.descriptor(), Map.of("depth", 3L, "tMax", 5.0));
        SimulationResult result = simulation.run(p, 11, RunMonitor.NONE);
        RunKey key = RunKey.of(simulation, p, 11);

        assertThat(runs.find(key)).isEmpty();
        runs.save(key, p, result, 12);

        SimulationResult loaded = runs.find(key).orElseThrow();
        assertThat(loaded).isEqualTo(result);
        assertThat(loaded.agreement()).isEqualTo(result.agreement());
        assertThat(loaded.metrics().keySet()).as("in the order the simulation gave them")
                .containsExactlyElementsOf(result.metrics().keySet());
        assertThat(loaded.series().keySet()).containsExactlyElementsOf(result.series().keySet());
        assertThat(runs.find(new RunKey(key.simulationId(), key.version(), key.parametersKey(), 12))).isEmpty();
    }

    @Test
    void savingTheSameRunTwiceKeepsOneRecord() {
        var simulation = new DeepLinearNetwork();
        ParameterValues p = ParameterValues.of(simulation.descriptor(), Map.of("tMax", 2.0));
        SimulationResult result = simulation.run(p, 5, RunMonitor.NONE);
        RunKey key = RunKey.of(simulation, p, 5);
        long before = runs.count(DeepLinearNetwork.ID);
        runs.save(key, p, result, 1);
        runs.save(key, p, result, 1);
        assertThat(runs.count(DeepLinearNetwork.ID)).isEqualTo(before + 1);
    }
}
