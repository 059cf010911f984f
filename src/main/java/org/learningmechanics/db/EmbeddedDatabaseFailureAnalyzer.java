package org.learningmechanics.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a failed embedded-database start into Spring Boot's short "Description / Action" report. */
class EmbeddedDatabaseFailureAnalyzer extends AbstractFailureAnalyzer<EmbeddedDatabaseUnavailableException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, EmbeddedDatabaseUnavailableException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Either make " + cause.dataDirectory() + " writable (or point LEARNINGMECHANICS_DATA at a directory "
                        + "that is), or use an external PostgreSQL by setting SPRING_DATASOURCE_URL, "
                        + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD. Container images always need "
                        + "the latter.", cause);
    }
}
