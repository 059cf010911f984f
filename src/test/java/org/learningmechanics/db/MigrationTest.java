package org.learningmechanics.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The migrations build the schema on an empty, real PostgreSQL, with their constraints in force. */
@SpringBootTest
class MigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyMigrationAppliedToTheEmptyDatabase() {
        var applied = jdbc.sql("select version from flyway_schema_history where success order by installed_rank")
                .query(String.class).list();
        assertThat(applied).startsWith("001");
        assertThat(jdbc.sql("select version()").query(String.class).single()).startsWith("PostgreSQL 17");
    }

    @Test
    void aRunIsRecordedOnlyOncePerSimulationVersionParametersAndSeed() {
        String insert = """
                insert into simulation_run
                    (simulation_id, simulation_version, parameters_key, seed, parameters, result, elapsed_ms)
                values ('migration-test', 1, 'a=1', 9, '{}', '{}', 3)""";
        jdbc.sql(insert).update();
        assertThatThrownBy(() -> jdbc.sql(insert).update()).isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void negativeElapsedTimeIsRejected() {
        assertThatThrownBy(() -> jdbc.sql("""
                insert into simulation_run
                    (simulation_id, simulation_version, parameters_key, seed, parameters, result, elapsed_ms)
                values ('migration-test', 1, 'b=2', 9, '{}', '{}', -1)""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
