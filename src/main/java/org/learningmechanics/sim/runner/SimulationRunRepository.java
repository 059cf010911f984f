package org.learningmechanics.sim.runner;

import java.util.Optional;

import org.learningmechanics.sim.ParameterValues;
import org.learningmechanics.sim.SimulationResult;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** Completed runs in PostgreSQL ({@code simulation_run}): parameters as JSONB, the result as JSON text. */
@Repository
public class SimulationRunRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    public SimulationRunRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    public Optional<SimulationResult> find(RunKey key) {
        return jdbc.sql("""
                        select result::text from simulation_run
                        where simulation_id = ? and simulation_version = ? and parameters_key = ? and seed = ?""")
                .params(key.simulationId(), key.version(), key.parametersKey(), key.seed())
                .query(String.class)
                .optional()
                .map(text -> json.readValue(text, SimulationResult.class));
    }

    /** Records a run; a concurrent identical run that got there first wins, which is fine: results are equal. */
    public void save(RunKey key, ParameterValues parameters, SimulationResult result, long elapsedMs) {
        jdbc.sql("""
                        insert into simulation_run
                            (simulation_id, simulation_version, parameters_key, seed, parameters, result, elapsed_ms)
                        values (?, ?, ?, ?, ?::jsonb, ?::json, ?)
                        on conflict on constraint simulation_run_identity do nothing""")
                .params(key.simulationId(), key.version(), key.parametersKey(), key.seed(),
                        json.writeValueAsString(parameters.asMap()), json.writeValueAsString(result), elapsedMs)
                .update();
    }

    public long count(String simulationId) {
        return jdbc.sql("select count(*) from simulation_run where simulation_id = ?")
                .param(simulationId).query(Long.class).single();
    }
}
