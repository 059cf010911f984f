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
        assertThat(applied).startsWith("001").contains("003", "004", "005", "006");
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

    @Test
    void anEmailHasOneAccountWhateverItsCaseAndARoleIsOneOfThree() {
        jdbc.sql("""
                insert into account (id, email, display_name, password_hash, role)
                values (gen_random_uuid(), 'Case@Example.org', 'A', 'h', 'LEARNER')""").update();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into account (id, email, display_name, password_hash, role)
                values (gen_random_uuid(), 'case@example.ORG', 'B', 'h', 'LEARNER')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("""
                insert into account (id, email, display_name, password_hash, role)
                values (gen_random_uuid(), 'root@example.org', 'C', 'h', 'ROOT')""").update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void progressBelongsToAnAccountAndGoesWithIt() {
        var id = java.util.UUID.randomUUID();
        jdbc.sql("""
                insert into account (id, email, display_name, password_hash, role)
                values (?, 'progress-migration@example.org', 'P', 'h', 'LEARNER')""").param(id).update();
        jdbc.sql("insert into chapter_progress (account_id, chapter_id) values (?, 'c')").param(id).update();
        jdbc.sql("insert into simulation_use (account_id, chapter_id, simulation_id, runs) values (?, 'c', 's', 1)")
                .param(id).update();
        assertThatThrownBy(() -> jdbc.sql("""
                insert into simulation_use (account_id, chapter_id, simulation_id, runs)
                values (?, 'c', 't', 0)""").param(id).update())
                .as("a count of runs is positive").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("insert into chapter_progress (account_id, chapter_id) values (?, 'c')")
                .param(java.util.UUID.randomUUID()).update())
                .as("no progress without an account").isInstanceOf(DataIntegrityViolationException.class);

        jdbc.sql("delete from account where id = ?").param(id).update();
        assertThat(jdbc.sql("select count(*) from chapter_progress where account_id = ?").param(id)
                .query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from simulation_use where account_id = ?").param(id)
                .query(Long.class).single()).isZero();
    }
}
