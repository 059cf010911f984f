package org.learningmechanics.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens after {@code kill -9}: the server the dead JVM started still runs and holds the data directory.
 * The next start must find it, stop it cleanly and come up on the same data with every committed row intact.
 */
class StalePostmasterTest {

    @TempDir
    Path data;

    @Test
    void anOrphanedServerIsStoppedAndItsCommittedDataSurvives() throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanedPostgres.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(app.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("READY")) {
                // skip PostgreSQL's start-up log
            }
            assertThat(line).as("the child JVM started PostgreSQL").isEqualTo("READY");
            app.destroyForcibly(); // SIGKILL: no shutdown hook runs
            assertThat(app.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        var orphan = StalePostmaster.runningServer(data.resolve("postmaster.pid"));
        assertThat(orphan).as("the server outlived its JVM").isPresent();

        StalePostmaster.stopIfRunning(data);

        assertThat(orphan.get().isAlive()).isFalse();
        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(data)
                .setCleanDataDirectory(false).start();
             Connection c = restarted.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select n from kept")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    @Test
    void aPidFileOfAProcessThatIsGoneIsIgnored() throws Exception {
        Files.writeString(data.resolve("postmaster.pid"), "999999999\n" + data + "\n");
        assertThat(StalePostmaster.runningServer(data.resolve("postmaster.pid"))).isEmpty();
        StalePostmaster.stopIfRunning(data);
    }
}
